namespace Coinwire.Sentiment;

public static partial class SentimentTrainer
{
    /// <summary>
    /// Model selection protocol: grouped k-fold cross-validation over the trainable sets (groups of
    /// <see cref="SentimentCorpus.GroupSize"/> consecutive rows never straddle folds, like the corpus's held-out split),
    /// plus the non-commercial Financial PhraseBank public split as an out-of-domain test when it is not trained on.
    /// Supplementary <c>extra/</c> files are always in the training part, never scored.
    /// </summary>
    /// <returns>Per-set scores of out-of-fold (or out-of-domain) predictions.</returns>
    public static IReadOnlyList<SetEvaluation> CrossValidate(string sentimentDir, bool includeNonCommercial, SentimentTrainerOptions options, int folds = 5)
    {
        var rows = SentimentCorpus.LoadTraining(sentimentDir, includeNonCommercial);
        var vader = LoadVader(sentimentDir);
        var fold = AssignFolds(rows, folds, options.Seed);
        var predicted = new SentimentLabel[rows.Count];
        for (var k = 0; k < folds; k++)
        {
            var train = rows.Where((r, i) => fold[i] != k).ToList();
            var test = Enumerable.Range(0, rows.Count).Where(i => fold[i] == k).ToList();
            var model = Train(train, vader, options);
            var results = model.PredictBatch([.. test.Select(i => rows[i].Text)]);
            for (var j = 0; j < test.Count; j++)
            {
                predicted[test[j]] = results[j].Label;
            }
        }
        var evaluations = new List<SetEvaluation>();
        foreach (var (name, _) in SentimentCorpus.PublicSets)
        {
            var idx = Enumerable.Range(0, rows.Count).Where(i => rows[i].Set == name).ToList();
            if (idx.Count > 0)
            {
                evaluations.Add(new SetEvaluation(name, false,
                    SentimentMetrics.Compute([.. idx.Select(i => rows[i].Label)], [.. idx.Select(i => predicted[i])])));
            }
        }
        if (!includeNonCommercial)
        {
            var full = Train(rows, vader, options);
            foreach (var (name, _) in SentimentCorpus.PublicSets.Where(s => !s.Commercial))
            {
                evaluations.Add(new SetEvaluation(name, false, SentimentMetrics.Evaluate(SentimentCorpus.LoadPublic(sentimentDir, name), full.PredictBatch)));
            }
        }
        return evaluations;
    }

    // Fold per row; extra/ rows get -1 (always training). Groups are shuffled per set with a fixed seed, then dealt round-robin.
    private static int[] AssignFolds(IReadOnlyList<LabeledText> rows, int folds, int seed)
    {
        var scored = SentimentCorpus.PublicSets.Select(s => s.Name).ToHashSet();
        var fold = new int[rows.Count];
        var groupFold = new Dictionary<(string, int), int>();
        foreach (var set in rows.Select(r => r.Set).Distinct().Where(scored.Contains))
        {
            var groups = rows.Where(r => r.Set == set).Select(r => r.Group).Distinct().ToArray();
            new Random(seed ^ set.Length).Shuffle(groups);
            for (var g = 0; g < groups.Length; g++)
            {
                groupFold[(set, groups[g])] = g % folds;
            }
        }
        for (var i = 0; i < rows.Count; i++)
        {
            fold[i] = groupFold.TryGetValue((rows[i].Set, rows[i].Group), out var f) ? f : -1;
        }
        return fold;
    }
}
