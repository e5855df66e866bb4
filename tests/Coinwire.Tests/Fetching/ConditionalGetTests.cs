using System.Text;
using Coinwire.Fetching;
using Microsoft.AspNetCore.Http;

namespace Coinwire.Tests.Fetching;

public class ConditionalGetTests
{
    internal const string Rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>""";

    [Fact]
    public async Task ETag_SentBackAsIfNoneMatch_Returns304NotModified()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers.ETag = "\"v1\"";
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Rss);
        });
        using var harness = FetchingHarness.Create();

        var first = await harness.FetchAsync(server.Url("feed"));
        var second = await harness.FetchAsync(server.Url("feed"), etag: first.ETag);

        Assert.Equal(FetchOutcome.Ok, first.Outcome);
        Assert.Equal(Rss, Encoding.UTF8.GetString(first.Body!));
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal("application/rss+xml", first.ContentType);
        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
        Assert.Equal(304, second.StatusCode);
        Assert.Null(second.Body);
        Assert.Equal("\"v1\"", second.ETag);
        Assert.True(second.IsSuccess);
        Assert.Equal("\"v1\"", server.Requests.Last().Header("If-None-Match"));
    }

    [Fact]
    public async Task LastModified_SentBackVerbatimAsIfModifiedSince_Returns304NotModified()
    {
        const string stamp = "Wed, 21 Oct 2015 07:28:00 GMT";
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Headers.IfModifiedSince == stamp)
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.Headers.LastModified = stamp;
            await context.Response.WriteAsync(Rss);
        });
        using var harness = FetchingHarness.Create();

        var first = await harness.FetchAsync(server.Url("feed"));
        var second = await harness.FetchAsync(server.Url("feed"), lastModified: first.LastModified);

        Assert.Equal(FetchOutcome.Ok, first.Outcome);
        Assert.Equal(stamp, first.LastModified);
        Assert.Null(first.ETag);
        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
        Assert.Equal(stamp, second.LastModified);
        Assert.Null(server.Requests.First().Header("If-Modified-Since"));
    }

    [Fact]
    public async Task NoValidators_NoConditionalHeadersSent()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(Rss));
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("feed"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        var seen = Assert.Single(server.Requests);
        Assert.Null(seen.Header("If-None-Match"));
        Assert.Null(seen.Header("If-Modified-Since"));
        Assert.Contains("application/rss+xml", seen.Header("Accept"), StringComparison.Ordinal);
        Assert.Equal(server.Url("feed"), result.FinalUrl);
    }

    [Fact]
    public async Task UserAgent_HonestOneSeenByServer()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(Rss));
        using var harness = FetchingHarness.Create();

        await harness.FetchAsync(server.Url("feed"));

        var agent = Assert.Single(server.Requests).Header("User-Agent");
        Assert.Equal(new FetchingOptions().UserAgent, agent);
        Assert.StartsWith("Coinwire/", agent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAgent_FromConfiguration()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(Rss));
        using var harness = FetchingHarness.Create(new Dictionary<string, string?> { ["Fetching:UserAgent"] = "Coinwire/2.0 (+https://example.org/bot)" });

        await harness.FetchAsync(server.Url("feed"));

        Assert.Equal("Coinwire/2.0 (+https://example.org/bot)", Assert.Single(server.Requests).Header("User-Agent"));
    }

    [Fact]
    public async Task NotFound_HttpErrorWithoutBody()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 404;
            return context.Response.WriteAsync("nope");
        });
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("gone"));

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Equal(404, result.StatusCode);
        Assert.Null(result.Body);
        Assert.Contains("404", result.Error, StringComparison.Ordinal);
    }
}
