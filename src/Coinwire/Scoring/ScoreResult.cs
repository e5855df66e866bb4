namespace Coinwire.Scoring;

/// <summary>One part of a score: what it is worth here, out of how much, and why.</summary>
/// <param name="Name">Part name, one of <see cref="ScorePartNames"/>.</param>
/// <param name="Points">Points given (whole number; only the <see cref="ScorePartNames.Cap"/> part is negative).</param>
/// <param name="Max">Most points the part can give.</param>
/// <param name="Reason">Short human-readable explanation, e.g. <c>4 sources</c>.</param>
public sealed record ScorePart(string Name, int Points, int Max, string Reason);

/// <summary>An importance score 0–100 with its breakdown; the parts' points always add up to <see cref="Score"/>.</summary>
/// <param name="Score">Importance, 0–100.</param>
/// <param name="Parts">The parts, in a fixed order.</param>
public sealed record ScoreResult(int Score, IReadOnlyList<ScorePart> Parts)
{
    /// <summary>The part called <paramref name="name"/>, or <see langword="null"/>.</summary>
    public ScorePart? Part(string name) => Parts.FirstOrDefault(p => p.Name == name);
}

/// <summary>Names of the score parts, as stored in the breakdown JSON.</summary>
public static class ScorePartNames
{
    /// <summary>How many distinct sources carry the story.</summary>
    public const string Coverage = "coverage";

    /// <summary>How trusted those sources are.</summary>
    public const string Trust = "trust";

    /// <summary>How recently the story was first published.</summary>
    public const string Recency = "recency";

    /// <summary>How popular the primary coin is.</summary>
    public const string Coin = "coin";

    /// <summary>Market-moving events named in the title or lead.</summary>
    public const string Events = "events";

    /// <summary>Negative correction present only when the parts' maxima are configured above 100 and their sum overshoots.</summary>
    public const string Cap = "cap";
}
