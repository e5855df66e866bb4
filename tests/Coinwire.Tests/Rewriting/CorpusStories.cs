using Coinwire.Articles;
using Coinwire.Common;
using Coinwire.Normalizing;
using Coinwire.Parsing;
using Coinwire.Rewriting;
using Coinwire.Tagging;

namespace Coinwire.Tests.Rewriting;

/// <summary>Real feed items from ../shared/corpus/feeds/crypto turned into rewrite inputs (read at test time only).</summary>
internal static class CorpusStories
{
    /// <summary>The crypto feeds folder, or null when ../shared is not available.</summary>
    public static string? FeedsDir()
    {
        try
        {
            return RepoPaths.Shared("corpus", "feeds", "crypto");
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The <paramref name="index"/>-th item of <paramref name="file"/> with at least <paramref name="minChars"/> of text.</summary>
    public static RewriteInput Load(string dir, string file, int index = 0, int minChars = 300)
    {
        var feed = FeedParser.Parse(File.ReadAllBytes(Path.Combine(dir, file)));
        var sourceName = (feed.Title ?? file).Split([" - ", " | ", " – "], StringSplitOptions.None)[0].Trim();
        var item = feed.Items
            .Select(i => FeedItemNormalizer.Normalize(i, DateTimeOffset.Parse("2030-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)))
            .Select(n => (Item: n, Text: PlainText(n)))
            .Where(x => x.Text.Length >= minChars && !string.IsNullOrEmpty(x.Item.Title))
            .Skip(index).First();
        return Input(sourceName, item.Item.Title!, item.Text, item.Item.Link,
            item.Item.Published is null ? null : DateTimeOffset.Parse(item.Item.Published, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A one-source input tagged by the default tagger.</summary>
    public static RewriteInput Input(string sourceName, string title, string text, string? link = null, DateTimeOffset? published = null,
        ArticleSentiment? sentiment = null)
    {
        var tags = CoinTagger.Default.Tag(title, text);
        return new RewriteInput
        {
            Title = title,
            Sources = [new RewriteSource(sourceName, title, text, link, published)],
            Coins = tags.Coins.Select(c => new RewriteCoin(c.Ticker, c.Name)).ToList(),
            Topics = tags.Topics,
            Sentiment = sentiment,
        };
    }

    // One line per HTML block, so headings and paragraphs stay apart as the rewriter expects.
    private static string PlainText(NormalizedFeedItem item)
    {
        var content = item.Content is null ? "" : string.Join("\n",
            System.Text.RegularExpressions.Regex.Split(item.Content, "</(?:p|h[1-6]|li|div|blockquote|figcaption)>|<br ?/?>")
                .Select(HtmlText.ToPlainText).Where(b => b.Length > 0));
        return content.Length >= (item.Summary?.Length ?? 0) ? content : item.Summary!;
    }
}
