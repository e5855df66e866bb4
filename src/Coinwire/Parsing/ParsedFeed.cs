namespace Coinwire.Parsing;

/// <summary>A feed as read from its bytes: raw strings, no normalization beyond XML decoding.</summary>
public sealed class ParsedFeed
{
    /// <summary>The detected format and version.</summary>
    public FeedFormat Format { get; set; }

    /// <summary>The feed title (raw; may hold HTML for Atom <c>type="html"</c>).</summary>
    public string? Title { get; set; }

    /// <summary>The site link (RSS <c>&lt;link&gt;</c>, Atom alternate link, JSON Feed <c>home_page_url</c>).</summary>
    public string? Link { get; set; }

    /// <summary>The feed language (<c>language</c>, <c>dc:language</c>, <c>xml:lang</c>).</summary>
    public string? Language { get; set; }

    /// <summary>The items in document order.</summary>
    public List<FeedItem> Items { get; } = [];

    /// <summary>
    /// Notes on what was recovered from or guessed (feedparser's "bozo"): malformed XML, encoding fallback,
    /// undeclared entities or prefixes. Empty for a clean feed.
    /// </summary>
    public List<string> Warnings { get; } = [];

    /// <summary>The encoding the bytes were decoded with (web name, e.g. <c>utf-8</c>, <c>windows-1252</c>).</summary>
    public string? Encoding { get; set; }
}
