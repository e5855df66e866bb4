using System.Net;

namespace Coinwire.Tests.Web;

public class RouteTests(WebFixture site) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("/", 200, "text/html")]
    [InlineData("/?coin=BTC&sentiment=NEGATIVE", 200, "text/html")]
    [InlineData("/?page=99", 200, "text/html")]
    [InlineData("/articles/" + WebFixture.ReferenceSlug, 200, "text/html")]
    [InlineData("/articles/no-such-article", 404, "text/html")]
    [InlineData("/articles/demo-unverified-report-claims-exchange-listing-for-new-token", 404, "text/html")]
    [InlineData("/coins/BTC", 200, "text/html")]
    [InlineData("/coins/btc", 200, "text/html")]
    [InlineData("/coins/NOPE", 200, "text/html")]
    [InlineData("/coins/%3Cscript%3E", 404, "text/html")]
    [InlineData("/search?q=bitcoin", 200, "text/html")]
    [InlineData("/search", 200, "text/html")]
    [InlineData("/api/articles", 200, "application/json")]
    [InlineData("/api/articles/" + WebFixture.ReferenceSlug, 200, "application/json")]
    [InlineData("/api/articles/no-such-article", 404, null)]
    [InlineData("/api/coins", 200, "application/json")]
    [InlineData("/api/sources", 200, "application/json")]
    [InlineData("/openapi/v1.json", 200, "application/json")]
    [InlineData("/feeds/rss.xml", 200, "application/rss+xml")]
    [InlineData("/feeds/atom.xml", 200, "application/atom+xml")]
    [InlineData("/feeds/feed.json", 200, "application/feed+json")]
    [InlineData("/feeds/other.txt", 404, null)]
    [InlineData("/feeds/coins/BTC/rss.xml", 200, "application/rss+xml")]
    [InlineData("/feeds/coins/ETH/atom.xml", 200, "application/atom+xml")]
    [InlineData("/feeds/categories/SECURITY/feed.json", 200, "application/feed+json")]
    [InlineData("/healthz", 200, "text/plain")]
    [InlineData("/assets/site.css", 200, "text/css")]
    [InlineData("/covers/btc.svg", 200, "image/svg+xml")]
    [InlineData("/no/such/page", 404, "text/html")]
    public async Task Route_StatusAndContentType(string url, int status, string? mediaType)
    {
        using var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(status, (int)response.StatusCode);
        if (mediaType is not null)
        {
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Pages_SendSecurityHeaders()
    {
        using var response = await site.Client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task Home_PinnedFirst_DraftsHidden_FeedLinks()
    {
        var html = await site.Client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        var pinned = html.IndexOf("Demo: Bitcoin Climbs Back Above $70,000", StringComparison.Ordinal);
        var newer = html.IndexOf("Demo: Ethereum Developers", StringComparison.Ordinal);
        Assert.True(pinned > 0 && pinned < newer);
        Assert.DoesNotContain("Unverified Report", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/rss+xml\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds/atom.xml\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_Filters_ByCoinSentimentCategorySource()
    {
        var ct = TestContext.Current.CancellationToken;
        var btcNegative = await site.Client.GetStringAsync(new Uri("/?coin=btc&sentiment=negative", UriKind.Relative), ct);
        var security = await site.Client.GetStringAsync(new Uri("/?category=SECURITY", UriKind.Relative), ct);
        var bloomberg = await site.Client.GetStringAsync(new Uri("/?source=bloomberg_crypto_", UriKind.Relative), ct);

        Assert.Contains("Bitcoin-Led Crypto Rout", btcNegative, StringComparison.Ordinal);
        Assert.Contains("Bitcoin Miners Sell", btcNegative, StringComparison.Ordinal);
        Assert.DoesNotContain("Bitcoin Climbs Back", btcNegative, StringComparison.Ordinal);
        Assert.Contains("Lending Protocol Pauses", security, StringComparison.Ordinal);
        Assert.DoesNotContain("Solana Network", security, StringComparison.Ordinal);
        Assert.Contains("Bitcoin-Led Crypto Rout", bloomberg, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo:", bloomberg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlePage_Reference_RepairsMojibakeAndShowsSectionsCoinsSentiment()
    {
        var html = await site.Client.GetStringAsync(new Uri("/articles/" + WebFixture.ReferenceSlug, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("less than a week. This\u2026", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Thisâ€¦", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Overview</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Impact on the crypto market</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li>The nearly half a trillion dollar loss", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/coins/BTC\"", html, StringComparison.Ordinal);
        Assert.Contains("Negative", html, StringComparison.Ordinal);
        Assert.Contains("Bloomberg (Crypto)", html, StringComparison.Ordinal);
        Assert.Contains("src=\"https://images.unsplash.com/photo-1749492795606-51d9898710ca?", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoinPage_HasInlineSvgChartAndCoinFeeds()
    {
        var html = await site.Client.GetStringAsync(new Uri("/coins/BTC", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("class=\"neg\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"pos\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds/coins/BTC/rss.xml\"", html, StringComparison.Ordinal);
        Assert.Contains("Bitcoin Miners Sell", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Solana Network", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FindsByBodyWords_RankedAndSkipsDrafts()
    {
        var ct = TestContext.Current.CancellationToken;
        var oracle = await site.Client.GetStringAsync(new Uri("/search?q=oracle+manipulated", UriKind.Relative), ct);
        var rumor = await site.Client.GetStringAsync(new Uri("/search?q=rumors", UriKind.Relative), ct);
        var hostile = await site.Client.GetStringAsync(new Uri("/search?q=%22*%20OR%20NEAR(", UriKind.Relative), ct);

        Assert.Contains("Lending Protocol Pauses", oracle, StringComparison.Ordinal);
        Assert.Contains("1 article found.", oracle, StringComparison.Ordinal);
        Assert.Contains("0 articles found.", rumor, StringComparison.Ordinal);
        Assert.Contains("articles found", hostile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_TitleMatchesRankAboveBodyMentions()
    {
        var html = await site.Client.GetStringAsync(new Uri("/search?q=miners", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Bitcoin Miners Sell", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/login")]
    [InlineData("/admin")]
    public async Task Admin_DisabledWithoutPassword(string url)
    {
        using var client = site.CookieClient();
        using var response = await client.GetAsync(new Uri("/admin/login", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Admin is disabled", html, StringComparison.Ordinal);
        Assert.Contains("COINWIRE__Admin__Password", html, StringComparison.Ordinal);
        Assert.NotNull(url);
    }

    [Fact]
    public async Task Healthz_Ok()
    {
        using var response = await site.Client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
