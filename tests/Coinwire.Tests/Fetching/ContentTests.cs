using System.IO.Compression;
using System.Text;
using Coinwire.Fetching;
using Microsoft.AspNetCore.Http;

namespace Coinwire.Tests.Fetching;

public class ContentTests
{
    private static byte[] Compress(string encoding, byte[] data)
    {
        using var output = new MemoryStream();
        using (Stream zip = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Optimal),
            "br" => new BrotliStream(output, CompressionLevel.Optimal),
            _ => new ZLibStream(output, CompressionLevel.Optimal),
        })
        {
            zip.Write(data);
        }
        return output.ToArray();
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task CompressedBody_DecodedAndAdvertised(string encoding)
    {
        var feed = Encoding.UTF8.GetBytes(ConditionalGetTests.Rss + new string(' ', 5000));
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers.ContentEncoding = encoding;
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            await context.Response.Body.WriteAsync(Compress(encoding, feed));
        });
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("feed"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(feed, result.Body);
        Assert.Equal("application/rss+xml; charset=utf-8", result.ContentType);
        Assert.Contains(encoding, Assert.Single(server.Requests).Header("Accept-Encoding"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompressedBodyOverLimitWhenDecoded_TooLarge()
    {
        var bomb = Compress("gzip", new byte[5_000_000]);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(bomb);
        });
        using var harness = FetchingHarness.Create(new Dictionary<string, string?> { ["Fetching:MaxResponseBytes"] = "1000000" });

        var result = await harness.FetchAsync(server.Url("bomb"));

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.Null(result.Body);
    }

    [Fact]
    public async Task CorruptGzip_NetworkErrorNotException()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.WriteAsync("this is not gzip at all");
        });
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("broken"));

        Assert.Equal(FetchOutcome.NetworkError, result.Outcome);
        Assert.Null(result.Body);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/octet-stream")]
    [InlineData("text/html; charset=utf-8")]
    public async Task WrongContentType_StillOkParsingDecides(string contentType)
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(ConditionalGetTests.Rss);
        });
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("feed"));

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(contentType, result.ContentType);
        Assert.NotNull(result.Body);
    }

    [Fact]
    public async Task CloudflareChallenge503_ChallengePage()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 503;
            context.Response.ContentType = "text/html; charset=UTF-8";
            return context.Response.WriteAsync(
                """<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script><form id="challenge-form" action="/?__cf_chl_f_tk=abc"></form></body></html>""");
        });
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("feed"));

        Assert.Equal(FetchOutcome.ChallengePage, result.Outcome);
        Assert.Equal(503, result.StatusCode);
        Assert.Null(result.Body);
        Assert.Contains("challenge", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CloudflareMitigatedHeader403_ChallengePage()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 403;
            context.Response.Headers["cf-mitigated"] = "challenge";
            return Task.CompletedTask;
        });
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("feed"));

        Assert.Equal(FetchOutcome.ChallengePage, result.Outcome);
        Assert.Equal(403, result.StatusCode);
    }

    [Fact]
    public async Task IncapsulaPageWith200_ChallengePage()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync(
                """<html><head><META NAME="robots" CONTENT="noindex,nofollow"><script src="/_Incapsula_Resource?SWJIYLWA=5074a744e2e3d891814e9a2dace20bd4"></script></head><body></body></html>""");
        });
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("feed"));

        Assert.Equal(FetchOutcome.ChallengePage, result.Outcome);
        Assert.Equal(200, result.StatusCode);
        Assert.Null(result.Body);
    }

    [Fact]
    public async Task HtmlHomePage_NotAFeedWithTheFeedItLinksTo()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(
                """<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>News</body></html>""");
        });
        using var harness = FetchingHarness.Create();

        var result = await harness.FetchAsync(server.Url("news/"));

        Assert.Equal(FetchOutcome.NotAFeed, result.Outcome);
        Assert.Null(result.Body);
        Assert.Contains(server.Url("rss").ToString(), result.Error, StringComparison.Ordinal);
    }
}
