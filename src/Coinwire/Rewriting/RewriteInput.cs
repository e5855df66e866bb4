using System.Globalization;
using Coinwire.Articles;

namespace Coinwire.Rewriting;

/// <summary>One source text of a story.</summary>
/// <param name="SourceName">The publisher, e.g. <c>CoinDesk</c>.</param>
/// <param name="Title">The item's plain-text title.</param>
/// <param name="Text">The item's plain-text body (summary or full content).</param>
/// <param name="Link">The item's link, when known.</param>
/// <param name="Published">The item's publication time, when known.</param>
public sealed record RewriteSource(string SourceName, string Title, string Text, string? Link = null, DateTimeOffset? Published = null);

/// <summary>A coin the story is about.</summary>
/// <param name="Ticker">Upper-case ticker, e.g. <c>BTC</c>.</param>
/// <param name="Name">Display name, e.g. <c>Bitcoin</c>.</param>
public sealed record RewriteCoin(string Ticker, string Name);

/// <summary>What the rewriting stage gets for one story.</summary>
public sealed record RewriteInput
{
    /// <summary>The story's title.</summary>
    public required string Title { get; init; }

    /// <summary>Every source text of the story, the primary (most trusted or earliest) first.</summary>
    public required IReadOnlyList<RewriteSource> Sources { get; init; }

    /// <summary>Coins the tagger found, primary first.</summary>
    public IReadOnlyList<RewriteCoin> Coins { get; init; } = [];

    /// <summary>The story's sentiment, when known.</summary>
    public ArticleSentiment? Sentiment { get; init; }

    /// <summary>Topics the tagger found (<see cref="Tagging.Topics"/> names), strongest first.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>
    /// Every text the output must be grounded in: the story title, source names, titles and bodies, and the sources'
    /// publication dates (written out, so "on February 4" is supported by the feed's date).
    /// </summary>
    public IReadOnlyList<string> GroundingTexts() =>
    [
        Title,
        .. Sources.SelectMany(s => new[] { s.SourceName, s.Title, s.Text }),
        .. Sources.Where(s => s.Published is not null)
            .Select(s => s.Published!.Value.UtcDateTime.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)),
    ];
}
