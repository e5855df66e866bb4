using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Coinwire.Common;
using Coinwire.Tagging;

namespace Coinwire.Benchmarks.Tagging;

/// <summary>
/// Tags 10,000 headline + summary pairs with <see cref="CoinTagger"/> (one Aho-Corasick pass per text) and
/// with a naive baseline that runs one compiled Regex per coin over each text (matching only, no scoring).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class TaggingBenchmarks
{
    private const int Texts = 10_000;
    private (string Title, string Body)[] _texts = [];
    private (Regex Names, Regex? Tickers)[] _regexes = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = RepoPaths.FindRoot() ?? throw new InvalidOperationException("run from a checkout");
        var titles = File.ReadLines(Path.Combine(root, "tests", "Coinwire.Tests", "testdata", "tagging", "headlines.tsv"))
            .Skip(1).Select(l => l.Split('\t')[0]).ToArray();
        // A summary is two other headlines: about the length of a feed item's lead.
        _texts = Enumerable.Range(0, Texts)
            .Select(i => (titles[i % titles.Length], $"{titles[(i * 7 + 3) % titles.Length]} {titles[(i * 13 + 5) % titles.Length]}"))
            .ToArray();
        _ = CoinTagger.Default.Tag("warm up");
        _regexes = CoinDictionary.Default.Coins.Select(BuildRegexes).ToArray();
    }

    [Benchmark(Description = "CoinTagger (Aho-Corasick), 10k texts")]
    public int AhoCorasick()
    {
        var found = 0;
        foreach (var (title, body) in _texts)
        {
            found += CoinTagger.Default.Tag(title, body).Coins.Count;
        }
        return found;
    }

    [Benchmark(Baseline = true, Description = "Regex per coin, 10k texts")]
    public int RegexPerCoin()
    {
        var found = 0;
        foreach (var (title, body) in _texts)
        {
            var text = title + "\n" + body;
            foreach (var (names, tickers) in _regexes)
            {
                if (names.IsMatch(text) || (tickers?.IsMatch(text) ?? false))
                {
                    found++;
                }
            }
        }
        return found;
    }

    private static (Regex, Regex?) BuildRegexes(CoinInfo coin)
    {
        var names = Regex.Escape(coin.Name);
        var tickers = Regex.Escape(coin.Ticker);
        return (new Regex($@"\b(?:{names})\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant),
            new Regex($@"(?:\$|\b){tickers}\b", RegexOptions.Compiled | RegexOptions.CultureInvariant));
    }
}
