namespace Coinwire.Scoring;

/// <summary>
/// A configured pin: a story scoring at least <see cref="MinScore"/> (and, when given, in one of
/// <see cref="Categories"/> or about one of <see cref="Coins"/>) gets <see cref="StickyWeight"/> until
/// <see cref="Duration"/> after it was first published.
/// </summary>
public sealed class PinRule
{
    /// <summary>Lowest score that pins, 0–100.</summary>
    public int MinScore { get; set; } = 90;

    /// <summary>How long after first publication the pin lasts, e.g. <c>06:00:00</c>.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The sticky weight given while pinned (higher sorts first), default 1.</summary>
    public int StickyWeight { get; set; } = 1;

    /// <summary>When not empty, only stories whose category is one of these (case-insensitive).</summary>
    public List<string> Categories { get; set; } = [];

    /// <summary>When not empty, only stories tagged with one of these tickers (case-insensitive).</summary>
    public List<string> Coins { get; set; } = [];
}

/// <summary>The outcome of <see cref="PinRules.Evaluate"/>.</summary>
/// <param name="StickyWeight">Weight to store; 0 = not pinned.</param>
/// <param name="PinnedUntil">When the pin ends, or <see langword="null"/> when not pinned.</param>
public readonly record struct PinDecision(int StickyWeight, DateTimeOffset? PinnedUntil)
{
    /// <summary>No pin.</summary>
    public static PinDecision None => default;
}
