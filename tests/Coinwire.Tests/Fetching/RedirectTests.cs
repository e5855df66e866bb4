using System.Text;
using Coinwire.Fetching;
using Microsoft.AspNetCore.Http;

namespace Coinwire.Tests.Fetching;

public class RedirectTests
{
    private static Task<LoopbackServer> StartAsync() => LoopbackServer.StartAsync(context =>
    {
        var path = context.Request.Path.Value!;
        (int Status, string Location)? redirect = path switch
        {
            "/moved" => (301, "/feed.xml"),
            "/moved308" => (308, "/feed.xml"),
            "/temporary" => (302, "/feed.xml"),
            "/temporary307" => (307, "feed.xml"),
            "/moved-then-temporary" => (301, "/temporary"),
            "/temporary-then-moved" => (302, "/moved"),
            "/loop-a" => (302, "/loop-b"),
            "/loop-b" => (302, "/loop-a"),
            "/no-location" => (301, ""),
            _ => null,
        };
        if (redirect is { } r)
        {
            context.Response.StatusCode = r.Status;
            if (r.Location.Length > 0)
                context.Response.Headers.Location = r.Location;
            return Task.CompletedTask;
        }
        return context.Response.WriteAsync(ConditionalGetTests.Rss);
    });

    [Theory]
    [InlineData("moved")]
    [InlineData("moved308")]
    public async Task PermanentRedirect_FollowedAndRecorded(string path)
    {
        await using var server = await StartAsync();
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url(path));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(ConditionalGetTests.Rss, Encoding.UTF8.GetString(result.Body!));
        Assert.Equal(server.Url("feed.xml"), result.FinalUrl);
        Assert.Equal(server.Url("feed.xml"), result.PermanentRedirectTo);
    }

    [Theory]
    [InlineData("temporary")]
    [InlineData("temporary307")]
    public async Task TemporaryRedirect_FollowedButNotRecorded(string path)
    {
        await using var server = await StartAsync();
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url(path));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(server.Url("feed.xml"), result.FinalUrl);
        Assert.Null(result.PermanentRedirectTo);
    }

    [Fact]
    public async Task PermanentThenTemporary_RecordsOnlyThePermanentTarget()
    {
        await using var server = await StartAsync();
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("moved-then-temporary"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(server.Url("temporary"), result.PermanentRedirectTo);
        Assert.Equal(server.Url("feed.xml"), result.FinalUrl);
    }

    [Fact]
    public async Task TemporaryThenPermanent_RecordsNothing()
    {
        await using var server = await StartAsync();
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("temporary-then-moved"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Null(result.PermanentRedirectTo);
    }

    [Fact]
    public async Task RedirectLoop_TooManyRedirectsAfterTheLimit()
    {
        await using var server = await StartAsync();
        using var harness = FetchingHarness.Create(new Dictionary<string, string?> { ["Fetching:MaxRedirects"] = "3" });

        var result = await harness.FetchAsync(server.Url("loop-a"));

        Assert.Equal(FetchOutcome.TooManyRedirects, result.Outcome);
        Assert.Equal(302, result.StatusCode);
        Assert.Null(result.Body);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task RedirectWithoutLocation_ReportedNotThrown()
    {
        await using var server = await StartAsync();
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("no-location"));

        Assert.Equal(FetchOutcome.TooManyRedirects, result.Outcome);
        Assert.Contains("Location", result.Error, StringComparison.Ordinal);
    }
}
