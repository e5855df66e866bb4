using System.Diagnostics;
using Coinwire.Sentiment;

namespace Coinwire.Tests.Sentiment;

public class SentimentModelTests(ITestOutputHelper output)
{
    [Fact]
    public void LoadShipped_IsFastAndSmall()
    {
        var sw = Stopwatch.StartNew();
        var model = SentimentModel.LoadShipped();
        var load = sw.Elapsed;
        sw.Restart();
        model.Predict("Bitcoin ETF approval sparks rally");
        var first = sw.Elapsed;
        using var resource = typeof(SentimentModel).Assembly.GetManifestResourceStream(SentimentModel.ShippedResource)!;
        output.WriteLine($"model file {resource.Length / 1024.0:0} KiB; load {load.TotalMilliseconds:0} ms; first prediction {first.TotalMilliseconds:0} ms");
        // The budget is 300 ms on a normal machine; shared CI runners can be much slower, so only a gross regression fails.
        Assert.True(load < TimeSpan.FromSeconds(5), $"load took {load}");
        Assert.True(resource.Length < 5 * 1024 * 1024);
    }

    [Theory]
    [InlineData("Hackers drain $100 million from cross-chain bridge in latest DeFi exploit")]
    [InlineData("Crypto exchange hacked, users' funds stolen")]
    [InlineData("Lending protocol exploited for $12M as attacker abuses oracle bug")]
    [InlineData("Bitcoin plunges below $20,000 as liquidations top $1 billion")]
    [InlineData("SEC sues exchange over unregistered securities")]
    [InlineData("Stablecoin loses its peg and collapses")]
    public void Predict_BadNewsIsNegative(string headline)
    {
        Assert.Equal(SentimentLabel.NEGATIVE, SentimentModel.Shipped.Predict(headline).Label);
    }

    [Theory]
    [InlineData("SEC approves first spot Bitcoin ETF")]
    [InlineData("Ether rallies to record high as inflows surge")]
    [InlineData("Coinbase beats estimates, revenue soars")]
    [InlineData("Visa partners with Solana to expand stablecoin settlement")]
    public void Predict_GoodNewsIsPositive(string headline)
    {
        Assert.Equal(SentimentLabel.POSITIVE, SentimentModel.Shipped.Predict(headline).Label);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("$$$")]
    [InlineData("Thisâ€¦ +ñ Â£ \uD83D\uDE80")]
    public void Predict_OddInputGivesAValidResult(string text)
    {
        var result = SentimentModel.Shipped.Predict(text);
        Assert.InRange(result.Probability, 0f, 1f);
        Assert.True(Enum.IsDefined(result.Label));
    }

    [Fact]
    public void PredictPerCoin_OppositeNewsGetOppositeLabels()
    {
        var coins = new (string, IReadOnlyList<string>)[] { ("BTC", ["Bitcoin"]), ("ETH", ["Ethereum", "Ether"]), ("XRP", ["Ripple"]) };
        var results = SentimentModel.Shipped.PredictPerCoin(
            "Bitcoin rallies to a record high after ETF approval, while Ethereum plunges as hackers exploit a bridge.", coins);
        foreach (var r in results)
        {
            output.WriteLine($"{r.Ticker}: {r.Result.Label} {r.Result.Probability:0.00} mentioned={r.Mentioned} «{r.Context}»");
        }
        Assert.Equal(SentimentLabel.POSITIVE, results[0].Result.Label);
        Assert.Equal(SentimentLabel.NEGATIVE, results[1].Result.Label);
        Assert.False(results[2].Mentioned);
    }

    [Fact]
    public void PredictBatch_MatchesPredictAndIsThreadSafe()
    {
        var texts = Enumerable.Range(0, 400).Select(i => $"Token {i} {(i % 3 == 0 ? "surges" : i % 3 == 1 ? "crashes after hack" : "is listed today")}").ToList();
        var batch = SentimentModel.Shipped.PredictBatch(texts);
        var parallel = new SentimentResult[texts.Count];
        Parallel.For(0, texts.Count, i => parallel[i] = SentimentModel.Shipped.Predict(texts[i]));
        Assert.Equal(batch, parallel);
    }

    [Fact]
    public void SaveLoad_RoundTripsAndTrainingIsDeterministic()
    {
        var dir = Coinwire.Common.RepoPaths.Shared("corpus", "sentiment");
        var rows = SentimentCorpus.LoadPublic(dir, "semeval2017_headlines");
        var options = new SentimentTrainerOptions { HashBits = 14, MaxIterations = 30 };
        var a = SentimentTrainer.Train(rows, SentimentTrainer.LoadVader(dir), options);
        var b = SentimentTrainer.Train(rows, SentimentTrainer.LoadVader(dir), options);
        var path = Path.Combine(Path.GetTempPath(), $"coinwire-sentiment-{Guid.NewGuid():N}.zip");
        try
        {
            a.Save(path);
            var loaded = SentimentModel.Load(path);
            var texts = rows.Take(50).Select(r => r.Text).ToList();
            Assert.Equal(a.PredictBatch(texts), loaded.PredictBatch(texts));
            Assert.Equal(a.PredictBatch(texts), b.PredictBatch(texts));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
