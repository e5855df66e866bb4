using Coinwire.Fetching;
using Microsoft.AspNetCore.Http;

namespace Coinwire.Tests.Fetching;

public class RateLimitTests
{
    [Fact]
    public async Task TooManyRequests_RetryAfterSeconds_RateLimitedAndHostRefusedUntilThen()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "120";
            return Task.CompletedTask;
        });
        using var harness = FetchingHarness.Create();

        var before = DateTimeOffset.UtcNow;
        var first = await harness.FetchAsync(server.Url("a.xml"), source: "a");
        var second = await harness.FetchAsync(server.Url("b.xml"), source: "b");

        Assert.Equal(FetchOutcome.RateLimited, first.Outcome);
        Assert.Equal(429, first.StatusCode);
        Assert.InRange(first.RetryAfter!.Value, before.AddSeconds(119), DateTimeOffset.UtcNow.AddSeconds(121));
        Assert.Equal(FetchOutcome.RateLimited, second.Outcome);
        Assert.Null(second.StatusCode);
        Assert.Equal(first.RetryAfter, second.RetryAfter);
        Assert.Contains("not sent", second.Error, StringComparison.Ordinal);
        Assert.Single(server.Requests);
        Assert.Equal(first.RetryAfter, harness.Politeness.NotBefore(HostPoliteness.KeyOf(server.BaseUri)));
    }

    [Fact]
    public async Task TooManyRequests_RetryAfter_DoesNotHoldBackAnotherPortOfTheSameMachine()
    {
        await using var limited = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        await using var other = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = "application/rss+xml";
            return context.Response.WriteAsync("<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
        });
        using var harness = FetchingHarness.Create();

        var first = await harness.FetchAsync(limited.Url("a.xml"), source: "a");
        var second = await harness.FetchAsync(other.Url("b.xml"), source: "b");

        Assert.Equal(FetchOutcome.RateLimited, first.Outcome);
        Assert.Equal(200, second.StatusCode);
        Assert.Single(other.Requests);
    }

    [Fact]
    public async Task TooManyRequests_RetryAfterHttpDate_RateLimitedUntilThatDate()
    {
        var until = DateTimeOffset.UtcNow.AddHours(1);
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = until.ToString("R");
            return Task.CompletedTask;
        });
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("feed"));

        Assert.Equal(FetchOutcome.RateLimited, result.Outcome);
        Assert.InRange(result.RetryAfter!.Value, until.AddSeconds(-1), until.AddSeconds(1));
    }

    [Fact]
    public async Task TooManyRequests_WithoutRetryAfter_RateLimitedWithoutTime()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 429;
            return Task.CompletedTask;
        });
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("feed"));

        Assert.Equal(FetchOutcome.RateLimited, result.Outcome);
        Assert.Null(result.RetryAfter);
        Assert.Null(harness.Politeness.NotBefore(HostPoliteness.KeyOf(server.BaseUri)));
    }

    [Fact]
    public async Task ServiceUnavailable_WithRetryAfter_RateLimitedAndHostHeldBack()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 503;
            context.Response.Headers.RetryAfter = "30";
            return context.Response.WriteAsync("down for maintenance");
        });
        using var harness = FetchingHarness.Create();

        var first = await harness.FetchAsync(server.Url("feed"));
        var second = await harness.FetchAsync(server.Url("feed"));

        Assert.Equal(FetchOutcome.RateLimited, first.Outcome);
        Assert.Equal(503, first.StatusCode);
        Assert.NotNull(first.RetryAfter);
        Assert.Equal(FetchOutcome.RateLimited, second.Outcome);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ServiceUnavailable_WithoutRetryAfter_HttpErrorAndHostNotHeldBack()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        using var harness = FetchingHarness.Create();

        var first = await harness.FetchAsync(server.Url("feed"));
        var second = await harness.FetchAsync(server.Url("feed"));

        Assert.Equal(FetchOutcome.HttpError, first.Outcome);
        Assert.Equal(503, first.StatusCode);
        Assert.Equal(FetchOutcome.HttpError, second.Outcome);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task TooManyRequests_NotRetriedByTheClient()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "1";
            return Task.CompletedTask;
        });
        using var harness = FetchingHarness.Create();

        await harness.FetchAsync(server.Url("feed"));

        Assert.Single(server.Requests);
    }
}
