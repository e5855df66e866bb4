namespace Coinwire.Sentiment;

/// <summary>Polarity of a text, spelled as the article contract spells it (<c>sentiment: POSITIVE</c>).</summary>
public enum SentimentLabel
{
    /// <summary>Neither good nor bad news.</summary>
    NEUTRAL = 0,

    /// <summary>Good news (bullish).</summary>
    POSITIVE = 1,

    /// <summary>Bad news (bearish).</summary>
    NEGATIVE = 2,
}

/// <summary>A label and the classifier's probability for it.</summary>
/// <param name="Label">The most probable label.</param>
/// <param name="Probability">Probability of <paramref name="Label"/>, 0–1.</param>
public readonly record struct SentimentResult(SentimentLabel Label, float Probability)
{
    /// <summary>Neutral with full confidence: what an empty text gets.</summary>
    public static SentimentResult Empty { get; } = new(SentimentLabel.NEUTRAL, 1f);
}

/// <summary>Sentiment of the part of a text that concerns one coin.</summary>
/// <param name="Ticker">The coin's ticker, as given by the caller.</param>
/// <param name="Result">Sentiment of the clauses that mention the coin.</param>
/// <param name="Mentioned">False when no alias was found, in which case <paramref name="Result"/> is the whole text's.</param>
/// <param name="Context">The clauses that were scored for this coin.</param>
public sealed record CoinSentiment(string Ticker, SentimentResult Result, bool Mentioned, string Context);

/// <summary>Parsing and formatting of the corpus's lower-case label names.</summary>
public static class SentimentLabels
{
    /// <summary>All labels, in the order the model's score vector uses.</summary>
    public static IReadOnlyList<SentimentLabel> All { get; } = [SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE];

    /// <summary>Parses <c>positive</c>, <c>negative</c> or <c>neutral</c> (any case).</summary>
    /// <exception cref="FormatException">For any other value.</exception>
    public static SentimentLabel Parse(string value) => value.Trim().ToUpperInvariant() switch
    {
        "POSITIVE" => SentimentLabel.POSITIVE,
        "NEGATIVE" => SentimentLabel.NEGATIVE,
        "NEUTRAL" => SentimentLabel.NEUTRAL,
        _ => throw new FormatException($"Unknown sentiment label '{value}'."),
    };
}
