using Microsoft.ML.Data;

namespace Coinwire.Sentiment;

/// <summary>A row the ML.NET pipeline reads: normalized text, dense lexicon features, label key and weight.</summary>
internal sealed class ModelInput
{
    public string Text = "";

    [VectorType(SentimentFeatures.Count)]
    public float[] Lexicon = [];

    // A label name; the pipeline maps it to a key in SentimentLabels.All order. Empty when predicting.
    public string Label = "";

    public float Weight = 1f;
}

/// <summary>The pipeline's output: one probability per label, in <see cref="SentimentLabels.All"/> order.</summary>
internal sealed class ModelOutput
{
    public float[] Score = [];
}

/// <summary>Turns raw text into <see cref="ModelInput"/>: the model's tokens plus VADER and market-lexicon features.</summary>
internal sealed class SentimentFeatures(ValenceLexicon vader)
{
    /// <summary>Length of the dense lexicon feature vector.</summary>
    public const int Count = 15;

    public ValenceLexicon Vader { get; } = vader;

    public ModelInput Create(string text, SentimentLabel? label = null, float weight = 1f)
    {
        var tokens = SentimentText.Tokenize(text);
        var negations = SentimentText.MarkNegation(tokens);
        var features = new float[Count];
        Fill(features, 0, LexiconScore.Of(tokens, Vader, contrast: true));
        Fill(features, 5, LexiconScore.Of(tokens, MarketLexicon.Instance));
        features[10] = Math.Min(negations, 3) / 3f;
        features[11] = text.Contains('?') ? 1 : 0;
        features[12] = Math.Min(tokens.Count, 60) / 60f;
        var (good, bad) = DirectionCues.Count(tokens);
        features[13] = Math.Min(good, 3) / 3f;
        features[14] = Math.Min(bad, 3) / 3f;
        return new ModelInput
        {
            Text = string.Join(' ', tokens),
            Lexicon = features,
            Label = label?.ToString() ?? "",
            Weight = weight,
        };
    }

    private static void Fill(float[] f, int at, LexiconScore s)
    {
        f[at] = Math.Min(s.Positive, 8f) / 4f;
        f[at + 1] = Math.Min(s.Negative, 8f) / 4f;
        f[at + 2] = Math.Min(s.PositiveHits, 4) / 4f;
        f[at + 3] = Math.Min(s.NegativeHits, 4) / 4f;
        f[at + 4] = LexiconScore.Compound(s.Sum);
    }
}

/// <summary>One label name: the key data that fixes the label → score-index order.</summary>
internal sealed class LabelRow
{
    public string Label = "";
}
