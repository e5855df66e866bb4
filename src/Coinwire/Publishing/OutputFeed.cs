namespace Coinwire.Publishing;

/// <summary>A feed to publish, independent of its format.</summary>
/// <param name="Title">Feed title.</param>
/// <param name="Description">One-line description.</param>
/// <param name="SiteUrl">The page the feed mirrors.</param>
/// <param name="SelfUrl">The feed's own URL (format-specific).</param>
/// <param name="Updated">Newest change among the items (or now when empty).</param>
/// <param name="Items">Entries, newest first.</param>
public sealed record OutputFeed(string Title, string Description, Uri SiteUrl, Uri SelfUrl, DateTime Updated, IReadOnlyList<OutputFeedItem> Items)
{
    /// <summary>ISO 639-1 language.</summary>
    public string Language { get; init; } = "en";

    /// <summary>WebSub hub the feed declares (<c>rel="hub"</c>, JSON Feed <c>hubs</c>), or null for none.</summary>
    public Uri? Hub { get; init; }
}

/// <summary>One entry of an <see cref="OutputFeed"/>.</summary>
/// <param name="Id">Stable id (the article URL).</param>
/// <param name="Title">Plain-text title.</param>
/// <param name="Url">The article page.</param>
/// <param name="Summary">Plain-text summary.</param>
/// <param name="ContentHtml">Sanitized HTML of the article body.</param>
/// <param name="Published">Publication time (UTC).</param>
/// <param name="Updated">Last change (UTC).</param>
/// <param name="Tags">Coin tickers and topics.</param>
/// <param name="Image">Cover image URL, if any.</param>
/// <param name="Author">Source name, if any.</param>
public sealed record OutputFeedItem(
    string Id, string Title, Uri Url, string Summary, string ContentHtml, DateTime Published, DateTime Updated,
    IReadOnlyList<string> Tags, string? Image, string? Author);
