using BenchmarkDotNet.Attributes;
using Coinwire.Parsing;

namespace Coinwire.Benchmarks.Parsing;

/// <summary>
/// Coinwire's <see cref="FeedParser"/> against <c>SyndicationFeed</c>, CodeHollow.FeedReader and the bare reader floor
/// over the same in-memory bytes. Sets: <c>readable</c> = the files both competitors read without throwing (the
/// apples-to-apples comparison), <c>large</c> = the 1.8 MB CryptoDaily feed, <c>all</c> = every corpus file (a file a
/// reader throws on costs that reader its exception; see bench/README.md).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParsingConfig))]
public class FeedParsingBenchmarks
{
    private CorpusFile[] _files = [];

    [ParamsSource(nameof(Sets))]
    public string Set { get; set; } = "readable";

    /// <summary>The sets to run: all three, or those listed in <c>COINWIRE_BENCH_SETS</c> (comma-separated) for repeated runs of one.</summary>
    public static IEnumerable<string> Sets =>
        Environment.GetEnvironmentVariable("COINWIRE_BENCH_SETS")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } chosen
            ? chosen
            : ["readable", "large", "all"];

    [GlobalSetup]
    public void Setup()
    {
        _files = FeedCorpus.Get(Set);
        Console.WriteLine($"// Set {Set}: {_files.Length} files, {FeedCorpus.Bytes(_files)} bytes; readable subset {FeedCorpus.ReadableByAll.Length} of {FeedCorpus.All.Length}");
    }

    [Benchmark(Baseline = true, Description = "XmlReader/Utf8JsonReader floor")]
    public long Floor()
    {
        long chars = 0;
        foreach (var file in _files)
        {
            chars += Competitors.Floor(file);
        }
        return chars;
    }

    [Benchmark(Description = "Coinwire FeedParser")]
    public int Coinwire()
    {
        var items = 0;
        foreach (var file in _files)
        {
            try
            {
                items += FeedParser.Parse(file.Bytes).Items.Count;
            }
            catch (FeedParseException)
            {
                items--;
            }
        }
        return items;
    }

    [Benchmark(Description = "SyndicationFeed")]
    public int Syndication() => Each(Competitors.Syndication);

    [Benchmark(Description = "CodeHollow.FeedReader")]
    public int CodeHollow() => Each(Competitors.CodeHollow);

    private int Each(Func<byte[], int> read)
    {
        var items = 0;
        foreach (var file in _files)
        {
            try
            {
                items += read(file.Bytes);
            }
            catch (Exception)
            {
                items--;
            }
        }
        return items;
    }
}
