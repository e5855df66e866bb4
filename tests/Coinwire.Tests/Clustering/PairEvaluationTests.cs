using Coinwire.Clustering;

namespace Coinwire.Tests.Clustering;

/// <summary>
/// Precision and recall of near-duplicate detection on the hand-labeled pairs (testdata/clustering/pairs.tsv,
/// see its README), from titles alone: the hardest setting, since items normally bring a lead too
/// (<see cref="CorpusClusteringTests"/> measures that). A wrong join merges two events into one published story,
/// which readers see; a missed join only shows an event twice. So precision is held near 0.9 (≥ 0.88 here) and
/// recall must stay ≥ 0.75. Precision on a real stream is higher than on this set: more than half of its
/// negatives were picked because they share words with a same-day story from another outlet.
/// </summary>
public sealed class PairEvaluationTests(ITestOutputHelper output)
{
    private static readonly DateTime Noon = new(2022, 12, 7, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void LabeledSet_IsLargeAndBalancedEnough()
    {
        var pairs = LabeledPairs.Load();
        Assert.True(pairs.Count >= 150, $"{pairs.Count} pairs");
        Assert.True(pairs.Count(p => p.Same) >= 40);
        Assert.True(pairs.Count(p => !p.Same) >= 40);
        Assert.All(pairs, p => Assert.NotEqual(p.SourceA, p.SourceB));
    }

    [Fact]
    public void StoryIndex_TitlesOnly_PrecisionAndRecall()
    {
        var pairs = LabeledPairs.Load();
        var scores = Scores.Of(pairs.Select(p => (p.Same, JoinedByIndex(p))));
        output.WriteLine($"StoryIndex, titles only, {pairs.Count} pairs ({pairs.Count(p => p.Same)} same): {scores}");
        foreach (var p in pairs.Where(p => p.Same != JoinedByIndex(p)))
        {
            output.WriteLine($"  {(p.Same ? "missed" : "wrong ")}  {Score(p):0.00}  {p.TitleA}  ||  {p.TitleB}");
        }
        Assert.True(scores.Precision >= 0.88, scores.ToString());
        Assert.True(scores.Recall >= 0.75, scores.ToString());
    }

    [Fact]
    public void ThresholdSweep_AndSimHashBaseline()
    {
        var pairs = LabeledPairs.Load();
        foreach (var threshold in new[] { 0.16, 0.20, 0.22, 0.24, 0.26, 0.30, 0.36 })
        {
            output.WriteLine($"Jaccard ≥ {threshold:0.00}: {Scores.Of(pairs.Select(p => (p.Same, Score(p) >= threshold)))}");
        }
        Scores? best = null;
        var bestDistance = 0;
        foreach (var distance in Enumerable.Range(0, 33))
        {
            var scores = Scores.Of(pairs.Select(p => (p.Same,
                SimHash.HammingDistance(SimHash.SimHash64(p.TitleA), SimHash.SimHash64(p.TitleB)) <= distance)));
            output.WriteLine($"SimHash Hamming ≤ {distance,2}: {scores}");
            if (scores.Precision >= 0.9 && (best is null || scores.Recall > best.Recall))
            {
                (best, bestDistance) = (scores, distance);
            }
        }
        output.WriteLine($"best SimHash with precision ≥ 0.9: Hamming ≤ {bestDistance}: {best}");
        var jaccard = Scores.Of(pairs.Select(p => (p.Same, Score(p) >= StoryIndexOptions.DefaultThreshold)));
        // Why the index confirms with shingle Jaccard rather than SimHash: SimHash loses most same pairs at equal precision.
        Assert.True(best is null || jaccard.Recall > best.Recall);
    }

    [Fact]
    public void Threshold_HoldsOnEachHalfOfTheSet()
    {
        // Guards against a threshold fitted to one lucky subset: both halves (by line parity) must pass.
        var pairs = LabeledPairs.Load();
        foreach (var half in new[] { 0, 1 })
        {
            var subset = pairs.Where((_, i) => i % 2 == half).ToList();
            var scores = Scores.Of(subset.Select(p => (p.Same, Score(p) >= StoryIndexOptions.DefaultThreshold)));
            output.WriteLine($"half {half}: {scores}");
            Assert.True(scores.Precision >= 0.85, scores.ToString());
            Assert.True(scores.Recall >= 0.7, scores.ToString());
        }
    }

    private static double Score(LabeledPair p)
    {
        var a = TextFingerprint.Create(p.TitleA);
        var b = TextFingerprint.Create(p.TitleB);
        return a.IsRoundup || b.IsRoundup ? 0 : a.Similarity(b);
    }

    private static bool JoinedByIndex(LabeledPair p)
    {
        var index = new StoryIndex();
        index.Assign(new ClusterItem(p.SourceA, p.TitleA, null, Noon), _ => 1);
        var match = index.Match(new ClusterItem(p.SourceB, p.TitleB, null, Noon.AddHours(3)));
        return match?.StoryId == 1;
    }
}
