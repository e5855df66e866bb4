using System.Text;
using Coinwire.Images;
using Coinwire.Tests.Fetching;

namespace Coinwire.Tests.Images;

public sealed class CoverImageResolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<LoopbackServer> ArticlePageAsync() =>
        LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(
                "<html><head><meta property=\"og:image\" content=\"/og/cover.jpg\"></head><body>x</body></html>"));
        });

    [Fact]
    public async Task FeedImage_WinsOverOgImageAndUnsplash_NothingFetched()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        await using var page = await ArticlePageAsync();
        using var harness = ImagesHarness.Create(fake);

        var cover = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin with
        {
            FeedImageUrl = " https://cdn.example.com/media/btc.jpg ",
            ArticleUrl = page.Url("/a"),
            AllowOgImage = true,
        }, Ct);

        Assert.Equal(CoverProviders.Feed, cover.Provider);
        Assert.All(new[] { cover.Raw, cover.Full, cover.Regular, cover.Small, cover.Thumb, cover.SmallS3 },
            u => Assert.Equal("https://cdn.example.com/media/btc.jpg", u));
        Assert.Equal("Bitcoin slides", cover.Alt);
        Assert.Null(cover.Credit);
        Assert.Empty(page.Requests);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task OgImage_WhenAllowed_BeforeUnsplash()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        await using var page = await ArticlePageAsync();
        using var harness = ImagesHarness.Create(fake);

        var cover = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin with { ArticleUrl = page.Url("/a"), AllowOgImage = true }, Ct);

        Assert.Equal(CoverProviders.Feed, cover.Provider);
        Assert.Equal(page.Url("/og/cover.jpg").AbsoluteUri, cover.SmallS3);
        Assert.Single(page.Requests);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task OgImage_NotFetchedWhenNotAllowed_UnsplashUsed()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        await using var page = await ArticlePageAsync();
        using var harness = ImagesHarness.Create(fake);

        var cover = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin with { ArticleUrl = page.Url("/a"), AllowOgImage = false }, Ct);

        Assert.Equal(CoverProviders.Unsplash, cover.Provider);
        Assert.Empty(page.Requests);
    }

    [Fact]
    public async Task OgImageMissing_FallsThroughToUnsplash()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        await using var page = await LoopbackServer.StartAsync(c => { c.Response.StatusCode = 404; return Task.CompletedTask; });
        using var harness = ImagesHarness.Create(fake);

        var cover = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin with { ArticleUrl = page.Url("/gone"), AllowOgImage = true }, Ct);

        Assert.Equal(CoverProviders.Unsplash, cover.Provider);
        Assert.Single(page.Requests);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("/relative/image.jpg")]
    [InlineData("")]
    public async Task UnusableFeedImage_Ignored(string url)
    {
        using var harness = ImagesHarness.Create();

        var cover = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin with { FeedImageUrl = url }, Ct);

        Assert.Equal(CoverProviders.Generated, cover.Provider);
    }

    [Fact]
    public async Task NothingConfigured_GeneratedCoverWrittenWithoutNetwork()
    {
        await using var page = await ArticlePageAsync();
        using var harness = ImagesHarness.Create();

        var cover = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin with { ArticleUrl = page.Url("/a") }, Ct);

        var key = GeneratedCover.Key(CoverSubject.ForCoin("BTC", "Bitcoin"));
        Assert.Equal(CoverProviders.Generated, cover.Provider);
        Assert.Equal($"/covers/{key}.svg", cover.Raw);
        Assert.Equal(cover.Raw, cover.SmallS3);
        Assert.Equal("Bitcoin (BTC) cover", cover.Alt);
        Assert.True(File.Exists(Path.Combine(harness.DataDirectory, "covers", key + ".svg")));
        Assert.Empty(harness.Connector.Attempts);
        Assert.Empty(page.Requests);
    }

    [Fact]
    public async Task TopicStory_GeneratedTopicCover()
    {
        using var harness = ImagesHarness.Create();

        var cover = await harness.Resolver.ResolveAsync(new CoverRequest { Category = "REGULATION", Title = "SEC sues" }, Ct);

        Assert.StartsWith("/covers/topic-regulation-", cover.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BareResolver_NeedsNoServices()
    {
        var cover = await new CoverImageResolver().ResolveAsync(new CoverRequest { Category = "ETH" }, Ct);

        Assert.Equal(CoverProviders.Generated, cover.Provider);
        Assert.StartsWith("/covers/coin-eth-", cover.Thumb, StringComparison.Ordinal);
    }
}
