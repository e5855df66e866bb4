using BenchmarkDotNet.Attributes;
using Coinwire.Common;
using Coinwire.Scoring;
using Coinwire.Tagging;

namespace Coinwire.Benchmarks.Scoring;

/// <summary>
/// Scores 10,000 real headline + summary pairs (the CryptoNews/CoinTelegraph corpus in
/// <c>../shared/corpus/tagging/</c>, cycled to 10,000), with tagging as the pipeline does it, and scoring alone.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScoringBenchmarks
{
    private const int Texts = 10_000;
    private static readonly DateTimeOffset Now = new(2022, 7, 5, 12, 0, 0, TimeSpan.Zero);

    private (string Title, string Summary, ScoringSource[] Sources, DateTimeOffset PublishedAt)[] _items = [];
    private ScoringInput[] _tagged = [];

    [GlobalSetup]
    public void Setup()
    {
        var rows = File.ReadLines(RepoPaths.Shared("corpus", "tagging", "cryptonews_subjects_2021-10_2022-07.tsv"))
            .Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 5).ToArray();
        _items = Enumerable.Range(0, Texts).Select(i =>
        {
            var f = rows[i % rows.Length];
            // One to four sources and ages up to three days, so every part of the score does some work.
            var sources = Enumerable.Range(0, 1 + (i % 4)).Select(k => new ScoringSource($"{f[1]}_{k}", k == 0 ? 1.0 : 0.5)).ToArray();
            return (f[3], f[4], sources, Now - TimeSpan.FromMinutes(i % (72 * 60)));
        }).ToArray();
        _tagged = _items.Select(x => ScoringInput.FromTags(x.Title, x.Summary, x.Sources, CoinTagger.Default.Tag(x.Title, x.Summary), x.PublishedAt, Now))
            .ToArray();
        _ = StoryScorer.Default.Score(_tagged[0]);
    }

    [Benchmark(Baseline = true, Description = "Tag + score, 10k headlines+summaries")]
    public int TagAndScore()
    {
        var total = 0;
        foreach (var (title, summary, sources, publishedAt) in _items)
        {
            var tags = CoinTagger.Default.Tag(title, summary);
            total += StoryScorer.Default.Score(ScoringInput.FromTags(title, summary, sources, tags, publishedAt, Now)).Score;
        }
        return total;
    }

    [Benchmark(Description = "Score only (pre-tagged), 10k")]
    public int ScoreOnly()
    {
        var total = 0;
        foreach (var input in _tagged)
        {
            total += StoryScorer.Default.Score(input).Score;
        }
        return total;
    }

    [Benchmark(Description = "Score + breakdown JSON, 10k")]
    public int ScoreAndSerialize()
    {
        var total = 0;
        foreach (var input in _tagged)
        {
            total += ScoreBreakdownJson.Serialize(StoryScorer.Default.Score(input)).Length;
        }
        return total;
    }
}
