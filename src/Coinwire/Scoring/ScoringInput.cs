using Coinwire.Tagging;

namespace Coinwire.Scoring;

/// <summary>One source carrying a story.</summary>
/// <param name="Key">The source key (see <c>SourceKey</c>); sources are counted once per key.</param>
/// <param name="Weight">The source's trust from <c>sources.yaml</c>, 0–10, where 1.0 is a major outlet.</param>
public sealed record ScoringSource(string Key, double Weight);

/// <summary>A coin a story is about.</summary>
/// <param name="Ticker">Upper-case ticker, e.g. <c>BTC</c>.</param>
/// <param name="Confidence">0–1, as reported by the tagger.</param>
public sealed record ScoringCoin(string Ticker, double Confidence = 1.0);

/// <summary>Everything <see cref="StoryScorer"/> looks at. The score depends on nothing else, so it is deterministic given <see cref="Now"/>.</summary>
public sealed record ScoringInput
{
    /// <summary>The story's title (plain text).</summary>
    public required string Title { get; init; }

    /// <summary>The lead or summary (plain text); may be empty.</summary>
    public string Text { get; init; } = "";

    /// <summary>Every source carrying the story (duplicates by key are merged, keeping the highest weight).</summary>
    public IReadOnlyList<ScoringSource> Sources { get; init; } = [];

    /// <summary>Coins, primary first (as in <see cref="TagResult.Coins"/>).</summary>
    public IReadOnlyList<ScoringCoin> Coins { get; init; } = [];

    /// <summary>Topics from the tagger, strongest first (see <see cref="Tagging.Topics"/>).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>When the story was first published.</summary>
    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>The time to score at (recency is measured up to it).</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>An input with the coins and topics of a tagger result.</summary>
    public static ScoringInput FromTags(
        string title, string? text, IReadOnlyList<ScoringSource> sources, TagResult tags, DateTimeOffset publishedAt, DateTimeOffset now) =>
        new()
        {
            Title = title,
            Text = text ?? "",
            Sources = sources,
            Coins = tags.Coins.Select(c => new ScoringCoin(c.Ticker, c.Confidence)).ToList(),
            Topics = tags.Topics,
            PublishedAt = publishedAt,
            Now = now,
        };
}
