using Coinwire.Tagging;

namespace Coinwire.Images;

/// <summary>What the images stage knows about a story when it picks a cover.</summary>
public sealed record CoverRequest
{
    /// <summary>The feed item's own image (media:content, media:thumbnail, enclosure, JSON Feed image), if any.</summary>
    public string? FeedImageUrl { get; init; }

    /// <summary>The article page, read for <c>og:image</c> when <see cref="AllowOgImage"/> is set.</summary>
    public Uri? ArticleUrl { get; init; }

    /// <summary>Whether the source allows fetching its article pages for <c>og:image</c>.</summary>
    public bool AllowOgImage { get; init; }

    /// <summary>Whether the article page may be on a private network (a source explicitly allowed to).</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>The article's category: a coin ticker (<c>BTC</c>) or a topic (<c>MARKET</c>).</summary>
    public string Category { get; init; } = Topics.Market;

    /// <summary>The primary coin, when the article has one.</summary>
    public CoverCoin? PrimaryCoin { get; init; }

    /// <summary>The article's title (alt text for feed images).</summary>
    public string? Title { get; init; }

    /// <summary>Search words used when neither a coin nor a known topic gives a query.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}

/// <summary>A coin as a cover shows it.</summary>
/// <param name="Ticker">Ticker, e.g. <c>BTC</c>.</param>
/// <param name="Name">Display name, e.g. <c>Bitcoin</c>.</param>
public sealed record CoverCoin(string Ticker, string Name);
