namespace Coinwire.Tests.Clustering;

/// <summary>One hand-labeled pair from testdata/clustering/pairs.tsv.</summary>
internal sealed record LabeledPair(bool Same, string SourceA, string TitleA, string SourceB, string TitleB);

/// <summary>Precision and recall of a set of same/different decisions.</summary>
internal sealed record Scores(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Scores Of(IEnumerable<(bool Label, bool Predicted)> decisions)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (label, predicted) in decisions)
        {
            _ = (label, predicted) switch
            {
                (true, true) => tp++,
                (false, true) => fp++,
                (true, false) => fn++,
                _ => tn++,
            };
        }
        return new Scores(tp, fp, fn, tn);
    }

    public override string ToString() =>
        $"precision {Precision:0.000}  recall {Recall:0.000}  F1 {F1:0.000}  (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives}, TN {TrueNegatives})";
}

internal static class LabeledPairs
{
    public static IReadOnlyList<LabeledPair> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "testdata", "clustering", "pairs.tsv");
        return [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(Parse)];
    }

    private static LabeledPair Parse(string line)
    {
        var f = line.Split('\t');
        if (f.Length < 5 || f[0] is not ("same" or "different"))
        {
            throw new FormatException($"Bad pairs.tsv line: {line}");
        }
        return new LabeledPair(f[0] == "same", f[1], f[2], f[3], f[4]);
    }
}
