using BenchmarkDotNet.Attributes;
using Coinwire.Clustering;

namespace Coinwire.Benchmarks.Clustering;

/// <summary>
/// Matching news items into stories: the <see cref="StoryIndex"/> (MinHash LSH candidates, exact Jaccard
/// confirmation, 48 h window with eviction) on 10,000 items, and on a 1,000-item slice next to a naive baseline
/// that compares each item with every earlier item of the window by exact Jaccard. Results are per item
/// (<c>OperationsPerInvoke</c>), so 1 s / mean = items per second.
/// </summary>
[MemoryDiagnoser]
public class StoryIndexBenchmarks
{
    private const int Large = 10_000;
    private const int Slice = 1_000;

    private ClusterItem[] _items = [];

    [GlobalSetup]
    public void Setup() => _items = NewsCorpus.Load(Large);

    [Benchmark(OperationsPerInvoke = Large)]
    public int StoryIndex_Assign10k() => AssignAll(_items);

    [Benchmark(OperationsPerInvoke = Slice)]
    public int StoryIndex_Assign1k() => AssignAll(_items.AsSpan(0, Slice));

    [Benchmark(Baseline = true, OperationsPerInvoke = Slice)]
    public int NaiveAllPairs_1k()
    {
        var window = new StoryIndexOptions().Window;
        var seen = new List<(TextFingerprint Fingerprint, ClusterItem Item, int Story)>();
        var stories = 0;
        foreach (var item in _items.AsSpan(0, Slice))
        {
            var fingerprint = TextFingerprint.Create(item.Title, item.Lead);
            int? best = null;
            var bestScore = 0.0;
            foreach (var (other, otherItem, story) in seen)
            {
                if (otherItem.SourceKey == item.SourceKey || (item.PublishedAt - otherItem.PublishedAt).Duration() > window)
                {
                    continue;
                }
                var score = fingerprint.Similarity(other);
                if (score >= StoryIndexOptions.DefaultThreshold && score > bestScore)
                {
                    (best, bestScore) = (story, score);
                }
            }
            seen.Add((fingerprint, item, best ?? ++stories));
        }
        return stories;
    }

    [Benchmark(OperationsPerInvoke = Large)]
    public int Fingerprint_Create10k()
    {
        var sum = 0;
        foreach (var item in _items)
        {
            sum += TextFingerprint.Create(item.Title, item.Lead).TitleShingles.Length;
        }
        return sum;
    }

    private static int AssignAll(ReadOnlySpan<ClusterItem> items)
    {
        var index = new StoryIndex();
        long stories = 0;
        for (var i = 0; i < items.Length; i++)
        {
            if (i % 256 == 0)
            {
                index.EvictExpired(items[i].PublishedAt);
            }
            index.Assign(items[i], _ => ++stories);
        }
        return (int)stories;
    }
}
