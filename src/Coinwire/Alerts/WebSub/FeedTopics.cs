using Coinwire.Publishing;

namespace Coinwire.Alerts.WebSub;

/// <summary>The output feed URLs (WebSub topics) an article appears in, spelled as the feed endpoints spell their self links.</summary>
public static class FeedTopics
{
    /// <summary>The three formats every feed is served in.</summary>
    public static IReadOnlyList<string> Files { get; } = ["rss.xml", "atom.xml", "feed.json"];

    /// <summary>The wire feeds, and the coin and category feeds of articles with <paramref name="category"/> and <paramref name="tags"/>.</summary>
    public static IEnumerable<Uri> For(string siteBaseUrl, string? category, string? tags)
    {
        ArgumentNullException.ThrowIfNull(siteBaseUrl);
        var root = siteBaseUrl.TrimEnd('/');
        var prefixes = new List<string> { "/feeds" };
        prefixes.AddRange(ArticleFields.SplitTags(tags).Where(ArticleFields.IsCoin).Select(t => "/feeds/coins/" + Uri.EscapeDataString(t.ToUpperInvariant())));
        if (!string.IsNullOrWhiteSpace(category))
        {
            prefixes.Add("/feeds/categories/" + Uri.EscapeDataString(category.Trim().ToUpperInvariant()));
        }
        return prefixes.SelectMany(p => Files.Select(f => new Uri($"{root}{p}/{f}")));
    }
}
