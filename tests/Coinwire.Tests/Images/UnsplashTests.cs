using Coinwire.Articles;
using Coinwire.Images;
using Microsoft.Extensions.Time.Testing;

namespace Coinwire.Tests.Images;

public sealed class UnsplashTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_SendsClientIdAuthorizationAndVersion()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        using var harness = ImagesHarness.Create(fake);

        await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);

        var search = Assert.Single(fake.Searches);
        Assert.Equal("Client-ID test-key", search.Header("Authorization"));
        Assert.Equal("v1", search.Header("Accept-Version"));
        Assert.Contains("query=Bitcoin%20cryptocurrency", search.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("orientation=landscape", search.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("per_page=10", search.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Photo_MapsAllSixUrlsAltCreditAndProvider()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        using var harness = ImagesHarness.Create(fake);

        var cover = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);

        const string id = "photo-1749492795606-51d9898710ca";
        Assert.Equal(CoverProviders.Unsplash, cover.Provider);
        Assert.StartsWith($"https://images.unsplash.com/{id}?ixid=", cover.Raw, StringComparison.Ordinal);
        Assert.Contains("&q=85", cover.Full, StringComparison.Ordinal);
        Assert.EndsWith("&w=1080", cover.Regular, StringComparison.Ordinal);
        Assert.EndsWith("&w=400", cover.Small, StringComparison.Ordinal);
        Assert.EndsWith("&w=200", cover.Thumb, StringComparison.Ordinal);
        Assert.Equal($"https://s3.us-west-2.amazonaws.com/images.unsplash.com/small/{id}", cover.SmallS3);
        Assert.Equal("a golden bitcoin coin on a black surface", cover.Alt);
        Assert.Equal(new CoverCredit("Jane Doe", "https://unsplash.com/@jdoe_photo?utm_source=coinwire&utm_medium=referral"), cover.Credit);
        Assert.Equal("Photo by Jane Doe on Unsplash", UnsplashAttribution.Text(cover));
        Assert.Equal(
            "Photo by <a href=\"https://unsplash.com/@jdoe_photo?utm_source=coinwire&amp;utm_medium=referral\">Jane Doe</a> on " +
            "<a href=\"https://unsplash.com/?utm_source=coinwire&amp;utm_medium=referral\">Unsplash</a>",
            UnsplashAttribution.Html(cover));
    }

    [Fact]
    public async Task Photo_WrittenIntoArticleFrontMatterInContractOrder()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        using var harness = ImagesHarness.Create(fake);
        var cover = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);
        var article = new Article { Title = "Bitcoin slides" };

        cover.ApplyTo(article.CoverImage);

        Assert.Equal(["raw", "full", "regular", "small", "thumb", "small_s3", "alt", "credit", "provider"], article.CoverImage.Mapping!.Keys);
        var reread = Article.Parse(article.Render());
        Assert.Equal(cover, CoverImage.From(reread.CoverImage));
    }

    [Fact]
    public async Task DownloadLocation_TriggeredExactlyOnceWhenPhotoUsed()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        using var harness = ImagesHarness.Create(fake);

        await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);

        var download = Assert.Single(fake.Downloads);
        Assert.StartsWith("/photos/Zc9wRRq7-ZY/download?ixid=", download.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("Client-ID test-key", download.Header("Authorization"));
    }

    [Fact]
    public async Task RepeatedQuery_SearchesOnceAndPicksTheNextUnusedPhoto()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        using var harness = ImagesHarness.Create(fake);

        var first = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);
        var second = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin with { Title = "Another bitcoin story" }, Ct);

        Assert.Single(fake.Searches);
        Assert.Equal(2, fake.Downloads.Count);
        Assert.Equal("Jane Doe", first.Credit!.Name);
        Assert.Equal("Miguel Ortega", second.Credit!.Name);
        // No alt_description: the description stands in.
        Assert.Equal("Bitcoin coins on a trading desk", second.Alt);
    }

    [Fact]
    public async Task ConcurrentStoriesWithOneQuery_OneSearch()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        using var harness = ImagesHarness.Create(fake);

        var covers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct)));

        Assert.Single(fake.Searches);
        Assert.Equal(5, fake.Downloads.Count);
        Assert.All(covers, c => Assert.Equal(CoverProviders.Unsplash, c.Provider));
    }

    [Fact]
    public async Task FileCache_ServesTheQueryAfterARestart()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        var cacheDir = Path.Combine(Path.GetTempPath(), "coinwire-unsplash-cache-" + Guid.NewGuid().ToString("N"));
        try
        {
            var settings = new Dictionary<string, string?> { ["Unsplash:CacheDirectory"] = cacheDir };
            using (var first = ImagesHarness.Create(fake, settings))
                await first.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);
            using var second = ImagesHarness.Create(fake, settings);

            var cover = await second.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);

            Assert.Single(fake.Searches);
            Assert.Equal(CoverProviders.Unsplash, cover.Provider);
            Assert.Equal("https://s3.us-west-2.amazonaws.com/images.unsplash.com/small/photo-1749492795606-51d9898710ca", cover.SmallS3);
        }
        finally
        {
            if (Directory.Exists(cacheDir))
                Directory.Delete(cacheDir, recursive: true);
        }
    }

    [Fact]
    public async Task RemainingZero_NoFurtherCallsGeneratedCoverUntilTheHourPasses()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        fake.Remaining = 1;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 2, 4, 2, 0, 0, TimeSpan.Zero));
        using var harness = ImagesHarness.Create(fake, time: time);

        var first = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);
        var second = await harness.Resolver.ResolveAsync(new CoverRequest { Category = "ETH", PrimaryCoin = new CoverCoin("ETH", "Ethereum") }, Ct);

        // The search answered "0 left": its photo cannot have its download tracked, so it is not used.
        Assert.Equal(CoverProviders.Generated, first.Provider);
        Assert.Equal(CoverProviders.Generated, second.Provider);
        Assert.Single(fake.Requests);
        Assert.Equal(0, harness.RateLimit.Remaining);

        fake.Remaining = 50;
        time.Advance(TimeSpan.FromMinutes(61));
        var later = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);

        Assert.Equal(CoverProviders.Unsplash, later.Provider);
        Assert.Single(fake.Searches);
        Assert.Single(fake.Downloads);
    }

    [Fact]
    public async Task RemainingOne_SearchWithheldButCachedPhotoStillTracked()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        fake.Remaining = 4;
        using var harness = ImagesHarness.Create(fake);

        await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);
        var cached = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);
        var uncached = await harness.Resolver.ResolveAsync(new CoverRequest { Category = "SOL", PrimaryCoin = new CoverCoin("SOL", "Solana") }, Ct);

        Assert.Equal(CoverProviders.Unsplash, cached.Provider);
        Assert.Equal(CoverProviders.Generated, uncached.Provider);
        Assert.Single(fake.Searches);
        Assert.Equal(2, fake.Downloads.Count);
    }

    [Fact]
    public async Task Forbidden403RateLimitExceeded_StopsCalls()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        fake.Remaining = 0;
        using var harness = ImagesHarness.Create(fake);

        var first = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);
        await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);

        Assert.Equal(CoverProviders.Generated, first.Provider);
        Assert.Single(fake.Requests);
        Assert.False(harness.Client.CanSearch);
    }

    [Fact]
    public async Task AccessKey_NeverInAnyLogEntry()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        using var harness = ImagesHarness.Create(fake);

        await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);
        fake.SearchBody = "{\"errors\":";
        await harness.Resolver.ResolveAsync(new CoverRequest { Category = "ETH", PrimaryCoin = new CoverCoin("ETH", "Ethereum") }, Ct);
        fake.Remaining = 0;
        await harness.Resolver.ResolveAsync(new CoverRequest { Category = "SOL" }, Ct);

        Assert.Equal(3, fake.Searches.Count);
        Assert.NotEmpty(harness.Logs.Lines);
        Assert.Contains(harness.Logs.Lines, l => l.Contains("/search/photos", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Logs.Lines, l => l.Contains(FakeUnsplash.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DownloadLocationOnAnotherHost_NotCalledAndPhotoNotUsed()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        await using var elsewhere = await FakeUnsplash.StartAsync();
        var other = elsewhere.BaseUri.GetLeftPart(UriPartial.Authority);
        fake.SearchBody = FakeUnsplash.SampleJson.Replace("https://api.unsplash.com", other, StringComparison.Ordinal);
        using var harness = ImagesHarness.Create(fake);

        var cover = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);

        Assert.Equal(CoverProviders.Generated, cover.Provider);
        Assert.Empty(elsewhere.Requests);
        Assert.Empty(fake.Downloads);
    }

    [Fact]
    public async Task NoAccessKey_NothingSent()
    {
        await using var fake = await FakeUnsplash.StartAsync();
        using var harness = ImagesHarness.Create(settings: new Dictionary<string, string?> { ["Unsplash:BaseUrl"] = fake.BaseUri.ToString() });

        var cover = await harness.Resolver.ResolveAsync(ImagesHarness.Bitcoin, Ct);

        Assert.Equal(CoverProviders.Generated, cover.Provider);
        Assert.False(harness.Client.IsConfigured);
        Assert.Empty(fake.Requests);
    }
}
