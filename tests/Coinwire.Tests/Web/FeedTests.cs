using System.Net;
using Coinwire.Parsing;

namespace Coinwire.Tests.Web;

public class FeedTests(WebFixture site) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("/feeds/rss.xml", FeedFormat.Rss20)]
    [InlineData("/feeds/atom.xml", FeedFormat.Atom10)]
    [InlineData("/feeds/feed.json", FeedFormat.JsonFeed11)]
    public async Task Feed_ParsesBackWithOurParser(string url, FeedFormat format)
    {
        var bytes = await site.Client.GetByteArrayAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        var feed = FeedParser.Parse(bytes);

        Assert.Equal(format, feed.Format);
        Assert.Equal("Coinwire", feed.Title);
        Assert.Equal(8, feed.Items.Count);
        var reference = feed.Items.Single(i => i.Title == "Bitcoin-Led Crypto Rout Erases Nearly Half a Trillion in a Week");
        Assert.Equal("http://localhost/articles/" + WebFixture.ReferenceSlug, reference.Link);
        Assert.Equal(new DateTimeOffset(2026, 2, 4, 2, 25, 9, TimeSpan.Zero), reference.Published);
        Assert.Contains("BTC", reference.Categories);
        Assert.Contains("Overview", reference.Content, StringComparison.Ordinal);
        Assert.EndsWith("This\u2026", reference.Summary, StringComparison.Ordinal);
        Assert.Empty(feed.Warnings);
    }

    [Theory]
    [InlineData("/feeds/coins/BTC/rss.xml", 3)]
    [InlineData("/feeds/coins/sol/atom.xml", 1)]
    [InlineData("/feeds/categories/SECURITY/feed.json", 1)]
    [InlineData("/feeds/categories/NFT/rss.xml", 0)]
    public async Task ScopedFeeds_OnlyTheirArticles(string url, int count)
    {
        var bytes = await site.Client.GetByteArrayAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(count, FeedParser.Parse(bytes).Items.Count);
    }

    [Theory]
    [InlineData("/feeds/rss.xml")]
    [InlineData("/feeds/atom.xml")]
    [InlineData("/feeds/feed.json")]
    [InlineData("/feeds/coins/BTC/feed.json")]
    public async Task Feed_ETagAndLastModified_Then304(string url)
    {
        var ct = TestContext.Current.CancellationToken;
        using var first = await site.Client.GetAsync(new Uri(url, UriKind.Relative), ct);
        Assert.NotNull(first.Headers.ETag);
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(lastModified);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        byTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var r1 = await site.Client.SendAsync(byTag, ct);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        byDate.Headers.IfModifiedSince = lastModified;
        using var r2 = await site.Client.SendAsync(byDate, ct);
        using var older = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        older.Headers.IfModifiedSince = lastModified!.Value.AddDays(-1);
        using var r3 = await site.Client.SendAsync(older, ct);

        Assert.Equal(HttpStatusCode.NotModified, r1.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, r2.StatusCode);
        Assert.Equal(HttpStatusCode.OK, r3.StatusCode);
    }
}
