using System.Globalization;
using Coinwire.Tagging;

namespace Coinwire.Tests.Tagging;

/// <summary>One labeled headline of testdata/tagging/headlines.tsv.</summary>
internal sealed record LabeledHeadline(string Text, IReadOnlyList<string> Coins, string Category);

/// <summary>Precision/recall of coin tags, primary-coin and category accuracy over a labeled set.</summary>
internal sealed record TaggingScores(int Rows, double Precision, double Recall, double F1, double PrimaryAccuracy, int PrimaryRows, double CategoryAccuracy)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"rows={Rows} precision={Precision:P1} recall={Recall:P1} F1={F1:P1} primary={PrimaryAccuracy:P1} (of {PrimaryRows}) category={CategoryAccuracy:P1}");
}

internal static class TaggingEvaluation
{
    public static string HeadlinesPath => Path.Combine(AppContext.BaseDirectory, "testdata", "tagging", "headlines.tsv");

    public static List<LabeledHeadline> LoadHeadlines() =>
        File.ReadLines(HeadlinesPath).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(f => new LabeledHeadline(f[0], f[1].Split('|', StringSplitOptions.RemoveEmptyEntries), f[2]))
            .ToList();

    public static TaggingScores Evaluate(CoinTagger tagger, IReadOnlyList<LabeledHeadline> rows, TextWriter? mistakes = null)
    {
        int tp = 0, fp = 0, fn = 0, primaryRows = 0, primaryOk = 0, categoryOk = 0;
        foreach (var row in rows)
        {
            var result = tagger.Tag(row.Text);
            var predicted = result.Coins.Select(c => c.Ticker).ToHashSet(StringComparer.Ordinal);
            var gold = row.Coins.ToHashSet(StringComparer.Ordinal);
            tp += predicted.Count(gold.Contains);
            fp += predicted.Count(p => !gold.Contains(p));
            fn += gold.Count(g => !predicted.Contains(g));
            if (row.Coins.Count > 0)
            {
                primaryRows++;
                primaryOk += result.Primary?.Ticker == row.Coins[0] ? 1 : 0;
            }
            categoryOk += result.Category == row.Category ? 1 : 0;
            if (mistakes is not null && (!predicted.SetEquals(gold) || result.Category != row.Category
                || (row.Coins.Count > 0 && result.Primary?.Ticker != row.Coins[0])))
            {
                mistakes.WriteLine($"{row.Text}\n   gold: {string.Join('|', row.Coins)} / {row.Category}\n   got:  {string.Join('|', result.Coins.Select(c => $"{c.Ticker}:{c.Confidence:0.00}"))} / {result.Category}");
            }
        }
        var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new TaggingScores(rows.Count, precision, recall, f1,
            primaryRows == 0 ? 1 : (double)primaryOk / primaryRows, primaryRows, (double)categoryOk / rows.Count);
    }
}
