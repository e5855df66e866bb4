using BenchmarkDotNet.Attributes;
using Coinwire.Common;
using Coinwire.Sentiment;

namespace Coinwire.Benchmarks.Sentiment;

/// <summary>
/// Scoring 10,000 "headline. summary" texts: the trained model (batch and one-by-one) against the VADER baseline,
/// plus the cost of loading the shipped model. Run: dotnet run -c Release --project bench/Coinwire.Benchmarks -- --filter *Sentiment*
/// </summary>
[MemoryDiagnoser]
public class SentimentBenchmarks
{
    private List<string> _texts = [];
    private SentimentModel _model = null!;
    private LexiconSentiment _vader = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = RepoPaths.Shared("corpus", "sentiment");
        var rows = SentimentCorpus.PublicSets.SelectMany(s => SentimentCorpus.LoadPublic(dir, s.Name)).Select(r => r.Text).ToList();
        // A headline followed by another row as its summary: the length of what the pipeline scores per item.
        _texts = [.. Enumerable.Range(0, 10_000).Select(i => rows[i % rows.Count] + ". " + rows[(i * 7 + 3) % rows.Count])];
        _model = SentimentModel.Shipped;
        _vader = LexiconSentiment.Vader(RepoPaths.Shared("corpus", "lexicons"));
    }

    [Benchmark]
    public SentimentModel LoadShippedModel() => SentimentModel.LoadShipped();

    [Benchmark(Baseline = true)]
    public int Model_PredictBatch_10k() => _model.PredictBatch(_texts).Count(r => r.Label == SentimentLabel.NEGATIVE);

    [Benchmark]
    public int Model_Predict_10k()
    {
        var negative = 0;
        foreach (var text in _texts)
        {
            negative += _model.Predict(text).Label == SentimentLabel.NEGATIVE ? 1 : 0;
        }
        return negative;
    }

    [Benchmark]
    public int Vader_Predict_10k()
    {
        var negative = 0;
        foreach (var text in _texts)
        {
            negative += _vader.Predict(text).Label == SentimentLabel.NEGATIVE ? 1 : 0;
        }
        return negative;
    }
}
