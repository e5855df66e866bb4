namespace Coinwire.Scoring;

/// <summary>
/// Settings of the scoring stage, bound from the <c>Scoring</c> configuration section. The default maxima add up to
/// 100 (coverage 25, trust 15, recency 20, coin 15, events 25); if configured higher, the score is still capped at 100.
/// </summary>
public sealed class ScoringOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Scoring";

    /// <summary>Most points for coverage (distinct sources), default 25.</summary>
    public int CoverageMax { get; set; } = 25;

    /// <summary>Number of distinct sources that gives full coverage points (log scale below it), default 6.</summary>
    public int CoverageSaturation { get; set; } = 6;

    /// <summary>Most points for source trust, default 15.</summary>
    public int TrustMax { get; set; } = 15;

    /// <summary>Source weight that counts as fully trusted (a major outlet), default 1.0; higher weights give no more.</summary>
    public double MajorSourceWeight { get; set; } = 1.0;

    /// <summary>Most points for recency, default 20.</summary>
    public int RecencyMax { get; set; } = 20;

    /// <summary>Age at which recency points halve, default 6 hours.</summary>
    public TimeSpan HalfLife { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Age from which recency gives nothing, default 3 days.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Most points for the primary coin's rank, default 15 (given as max × prior²).</summary>
    public int CoinMax { get; set; } = 15;

    /// <summary>Share of <see cref="CoinMax"/> given to a story about no coin (market-wide or topic news), default 0.25.</summary>
    public double NoCoinShare { get; set; } = 0.25;

    /// <summary>Prior assumed for a ticker missing from the coin dictionary, default 0.2.</summary>
    public double UnknownCoinPrior { get; set; } = 0.2;

    /// <summary>Most points for events, default 25.</summary>
    public int EventsMax { get; set; } = 25;

    /// <summary>How many events count (the strongest gets full points, the next half, then a quarter …), default 3.</summary>
    public int MaxEvents { get; set; } = 3;

    /// <summary>Share of an event's points given when it is named only in the text, not the title, default 0.6.</summary>
    public double TextOnlyEventShare { get; set; } = 0.6;

    /// <summary>Points per event name overriding the built-in ones (see <see cref="EventRules"/>), e.g. <c>{"halving": 20}</c>.</summary>
    public Dictionary<string, double> EventPoints { get; set; } = [];

    /// <summary>Rules that pin high-scoring stories (set <c>stickyWeight</c>); none by default, so stickyWeight stays 0.</summary>
    public List<PinRule> PinRules { get; set; } = [];
}
