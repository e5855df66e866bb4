namespace Coinwire.Sentiment;

/// <summary>Accuracy and macro-F1 over the three labels, the measures the corpus MANIFEST reports.</summary>
/// <param name="Count">Number of scored texts.</param>
/// <param name="Accuracy">Share of texts labeled correctly.</param>
/// <param name="MacroF1">Unweighted mean of the per-label F1 scores.</param>
/// <param name="F1">F1 per label, in <see cref="SentimentLabels.All"/> order.</param>
public sealed record SentimentMetrics(int Count, double Accuracy, double MacroF1, IReadOnlyList<double> F1)
{
    /// <summary>Computes the metrics of <paramref name="predicted"/> against <paramref name="gold"/> (same length).</summary>
    /// <exception cref="ArgumentException">When the lists differ in length.</exception>
    public static SentimentMetrics Compute(IReadOnlyList<SentimentLabel> gold, IReadOnlyList<SentimentLabel> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted labels differ in count.", nameof(predicted));
        }
        var labels = SentimentLabels.All;
        var f1 = new double[labels.Count];
        var correct = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            correct += gold[i] == predicted[i] ? 1 : 0;
        }
        for (var k = 0; k < labels.Count; k++)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                var g = gold[i] == labels[k];
                var p = predicted[i] == labels[k];
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }
            f1[k] = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return new SentimentMetrics(gold.Count, gold.Count == 0 ? 0 : (double)correct / gold.Count, f1.Average(), f1);
    }

    /// <summary>Scores a classifier on labeled rows.</summary>
    public static SentimentMetrics Evaluate(IReadOnlyList<LabeledText> rows, Func<IReadOnlyList<string>, IReadOnlyList<SentimentResult>> classify)
    {
        var predicted = classify([.. rows.Select(r => r.Text)]);
        return Compute([.. rows.Select(r => r.Label)], [.. predicted.Select(p => p.Label)]);
    }

    /// <summary><c>accuracy / macro-F1</c> with three decimals, as in the MANIFEST tables.</summary>
    public override string ToString() => $"{Accuracy:0.000} / {MacroF1:0.000}";
}
