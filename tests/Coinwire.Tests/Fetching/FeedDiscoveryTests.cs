using Coinwire.Fetching;
using Microsoft.AspNetCore.Http;

namespace Coinwire.Tests.Fetching;

public class FeedDiscoveryTests
{
    private const string HomePage = """
        <!DOCTYPE html>
        <html><head>
          <title>Crypto Daily</title>
          <link rel="stylesheet" href="/style.css">
          <link rel="alternate" type="application/rss+xml" title="Crypto Daily » Feed" href="/feed/">
          <link rel="alternate" type="application/atom+xml" href="atom.xml">
          <link rel="Alternate" type="application/feed+json; charset=utf-8" href="//cdn.example.org/feed.json">
          <link rel="alternate" type="application/rss+xml" href="/feed/">
          <link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/12">
          <link rel="alternate" type="application/json+oembed" href="/oembed?url=x">
          <link rel="alternate" hreflang="de" href="/de/">
          <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
        </head><body><a href="/feed/">RSS</a></body></html>
        """;

    [Fact]
    public void FindFeedLinks_AbsoluteUrlsResolvedAgainstThePage()
    {
        var feeds = FeedDiscovery.FindFeedLinks(HomePage, new Uri("https://crypto.example.com/news/index.html"));

        Assert.Equal(
            ["https://crypto.example.com/feed/", "https://crypto.example.com/news/atom.xml", "https://cdn.example.org/feed.json"],
            feeds.Select(f => f.Url.ToString()));
        Assert.Equal(["RSS", "ATOM", "JSON_FEED"], feeds.Select(f => f.Type));
        Assert.Equal("Crypto Daily » Feed", feeds[0].Title);
        Assert.Null(feeds[1].Title);
    }

    [Fact]
    public void FindFeedLinks_BaseElementHonoured()
    {
        const string html = """<html><head><base href="https://static.example.net/site/"><link rel="alternate feed" type="application/rss+xml" href="rss.xml"></head></html>""";

        var feed = Assert.Single(FeedDiscovery.FindFeedLinks(html, new Uri("https://www.example.net/")));

        Assert.Equal(new Uri("https://static.example.net/site/rss.xml"), feed.Url);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><head><link rel=alternate type=application/rss+xml></head></html>")]
    [InlineData("not html at all < > &")]
    public void FindFeedLinks_NothingUsable_Empty(string html) =>
        Assert.Empty(FeedDiscovery.FindFeedLinks(html, new Uri("https://example.com/")));

    [Fact]
    public async Task DiscoverAsync_HomePageOnLoopback_FindsAbsoluteFeedUrls()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(HomePage);
        });
        using var harness = FetchingHarness.Create();

        var found = await harness.Discovery.DiscoverAsync(server.Url("news/"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(FetchOutcome.Ok, found.Fetch.Outcome);
        Assert.False(found.PageIsFeed);
        Assert.Equal(server.Url("feed/"), found.Feeds[0].Url);
        Assert.Equal(server.Url("news/atom.xml"), found.Feeds[1].Url);
        Assert.Contains("text/html", Assert.Single(server.Requests).Header("Accept"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscoverAsync_UrlAlreadyAFeed_ReturnsItself()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            if (context.Request.Path == "/old")
            {
                context.Response.StatusCode = 301;
                context.Response.Headers.Location = "/atom";
                return Task.CompletedTask;
            }
            context.Response.ContentType = "application/atom+xml";
            return context.Response.WriteAsync("""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>""");
        });
        using var harness = FetchingHarness.Create();

        var found = await harness.Discovery.DiscoverAsync(server.Url("old"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(found.PageIsFeed);
        var feed = Assert.Single(found.Feeds);
        Assert.Equal(server.Url("atom"), feed.Url);
        Assert.Equal("ATOM", feed.Type);
    }

    [Fact]
    public async Task DiscoverAsync_GuardedLoopback_BlockedAndEmpty()
    {
        using var harness = FetchingHarness.Create(new Dictionary<string, string?> { ["Fetching:AllowPrivateNetworks"] = "false" });

        var found = await harness.Discovery.DiscoverAsync(new Uri("http://127.0.0.1:9/"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(FetchOutcome.Blocked, found.Fetch.Outcome);
        Assert.Empty(found.Feeds);
        Assert.Empty(harness.Connector.Attempts);
    }
}
