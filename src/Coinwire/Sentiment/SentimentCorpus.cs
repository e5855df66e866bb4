namespace Coinwire.Sentiment;

/// <summary>One labeled text of the sentiment corpus.</summary>
/// <param name="Text">The sentence or headline.</param>
/// <param name="Label">Its gold label.</param>
/// <param name="Set">The set it comes from (e.g. <c>cryptolin</c>, <c>tfns_train</c>).</param>
/// <param name="Group">Consecutive-row group within the set, used for grouped cross-validation.</param>
public sealed record LabeledText(string Text, SentimentLabel Label, string Set, int Group);

/// <summary>
/// The labeled sets in <c>../shared/corpus/sentiment/</c> and what their licences allow
/// (see that folder's MANIFEST.md).
/// </summary>
public static class SentimentCorpus
{
    /// <summary>Rows per cross-validation group; consecutive rows are near-duplicates (same day, same template).</summary>
    public const int GroupSize = 25;

    /// <summary>Evaluation sets with public splits: file stem and whether the shipped model may be trained on it.</summary>
    public static IReadOnlyList<(string Name, bool Commercial)> PublicSets { get; } =
    [
        ("cryptolin", true),
        ("semeval2017_headlines", true),
        ("tfns_valid", true),
        ("fpb_allagree", false),
    ];

    /// <summary>Supplementary training files in <c>extra/</c> with the main columns: name and licence flag.</summary>
    public static IReadOnlyList<(string Name, bool Commercial)> ExtraSets { get; } =
    [
        ("tfns_train", true),
        ("fpb_75agree_minus_allagree", false),
    ];

    /// <summary>Reads a public split, e.g. <c>Load(dir, "cryptolin")</c> reads <c>cryptolin.public.tsv</c>.</summary>
    public static IReadOnlyList<LabeledText> LoadPublic(string sentimentDir, string set) =>
        ReadTsv(Path.Combine(sentimentDir, set + ".public.tsv"), set);

    /// <summary>Reads a supplementary file from <c>extra/</c>, e.g. <c>tfns_train</c>.</summary>
    public static IReadOnlyList<LabeledText> LoadExtra(string sentimentDir, string set) =>
        ReadTsv(Path.Combine(sentimentDir, "extra", set + ".tsv"), set);

    /// <summary>
    /// Every row the model may be trained on: the public splits and extra files of the commercially usable sets,
    /// plus the non-commercial ones (Financial PhraseBank) only when <paramref name="includeNonCommercial"/> is set.
    /// </summary>
    public static IReadOnlyList<LabeledText> LoadTraining(string sentimentDir, bool includeNonCommercial)
    {
        var rows = new List<LabeledText>();
        foreach (var (name, commercial) in PublicSets)
        {
            if (commercial || includeNonCommercial)
            {
                rows.AddRange(LoadPublic(sentimentDir, name));
            }
        }
        foreach (var (name, commercial) in ExtraSets)
        {
            if (commercial || includeNonCommercial)
            {
                rows.AddRange(LoadExtra(sentimentDir, name));
            }
        }
        return rows;
    }

    /// <summary>Reads a <c>text&lt;TAB&gt;label</c> file with one header line.</summary>
    /// <exception cref="FormatException">When a line lacks the two columns or has an unknown label.</exception>
    public static IReadOnlyList<LabeledText> ReadTsv(string path, string set)
    {
        var rows = new List<LabeledText>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (lineNo++ == 0 || line.Length == 0)
            {
                continue;
            }
            var tab = line.LastIndexOf('\t');
            if (tab <= 0)
            {
                throw new FormatException($"{path}:{lineNo}: expected text<TAB>label.");
            }
            rows.Add(new LabeledText(line[..tab], SentimentLabels.Parse(line[(tab + 1)..]), set, rows.Count / GroupSize));
        }
        return rows;
    }
}
