using Coinwire.Normalizing;
using Coinwire.Parsing;

namespace Coinwire.Tests.Parsing;

public class FeedItemNormalizerTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Normalize_DatesAreIsoUtcAndFutureIsClamped()
    {
        var item = new FeedItem { Id = "x", Published = new DateTimeOffset(2024, 4, 30, 23, 59, 59, 900, TimeSpan.FromHours(2)), Updated = Now.AddDays(3) };
        var output = FeedItemNormalizer.Normalize(item, Now);
        Assert.Equal("2024-04-30T21:59:59Z", output.Published);
        Assert.Equal("2024-05-01T12:00:00Z", output.Updated);
    }

    [Fact]
    public void Normalize_IdFallsBackToLinkThenHash()
    {
        Assert.Equal("guid-1", FeedItemNormalizer.Normalize(new FeedItem { Id = " guid-1 ", Link = "https://e.com/a" }, Now).Id);
        Assert.Equal("https://e.com/a", FeedItemNormalizer.Normalize(new FeedItem { Link = "https://e.com/a" }, Now).Id);
        var hashed = FeedItemNormalizer.Normalize(new FeedItem { Title = "T", Summary = "S" }, Now).Id;
        Assert.StartsWith("sha256:", hashed, StringComparison.Ordinal);
        Assert.Equal(hashed, FeedItemNormalizer.Normalize(new FeedItem { Title = "T", Summary = "S" }, Now).Id);
        Assert.Equal(71, hashed.Length);
    }

    [Fact]
    public void Normalize_RssAuthorEmailWithNameBecomesName()
    {
        var item = new FeedItem { Id = "1" };
        item.Authors.AddRange(["jonas@example.org (Jonas Große)", "Ann"]);
        Assert.Equal("Jonas Große, Ann", FeedItemNormalizer.Normalize(item, Now).Author);
    }

    [Fact]
    public void Normalize_MojibakeEndingInNoBreakSpaceOrSoftHyphenIsRepairedBeforeWhitespaceCollapses()
    {
        // "à" is C3 A0 and "í" C3 AD in UTF-8: read as windows-1252 their second byte is a no-break space / soft hyphen.
        var item = new FeedItem { Id = "1", Title = "Voil\u00C3\u00A0 la cr\u00C3\u00ADtica" };
        Assert.Equal("Voilà la crítica", FeedItemNormalizer.Normalize(item, Now).Title);
    }

    [Fact]
    public void Normalize_ContentIsTheFullestBodyAndCategoriesAreDistinct()
    {
        var item = new FeedItem { Id = "1", Summary = "<p>short</p>", Content = "<p>long body</p>" };
        item.Categories.AddRange(["BTC", "BTC", "ETH"]);
        var output = FeedItemNormalizer.Normalize(item, Now);
        Assert.Contains("long body", output.Content, StringComparison.Ordinal);
        Assert.Equal(["BTC", "ETH"], output.Categories);
        Assert.Null(FeedItemNormalizer.Normalize(new FeedItem { Id = "2" }, Now).Content);
    }

    [Fact]
    public void Normalize_EveryCorpusItemWithoutThrowing()
    {
        foreach (var (file, feed) in Corpus.Feeds())
        {
            foreach (var item in feed.Items)
            {
                var output = FeedItemNormalizer.Normalize(item, Now);
                Assert.False(string.IsNullOrWhiteSpace(output.Id), file);
            }
        }
    }
}
