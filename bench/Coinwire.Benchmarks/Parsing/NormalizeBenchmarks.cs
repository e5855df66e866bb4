using BenchmarkDotNet.Attributes;
using Coinwire.Normalizing;
using Coinwire.Parsing;

namespace Coinwire.Benchmarks.Parsing;

/// <summary>
/// Parse + <see cref="FeedItemNormalizer.Normalize"/> per item, and its parts alone over the same items:
/// <see cref="HtmlText.Sanitize"/> of every body (the DOM-free fast paths, the AngleSharp DOM sanitizer for the rest),
/// the same bodies through the DOM sanitizer alone, and <see cref="HtmlText.ToPlainText"/> of every title and summary source.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParsingConfig))]
public class NormalizeBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private CorpusFile[] _files = [];
    private FeedItem[] _items = [];

    [Params("large", "all")]
    public string Set { get; set; } = "all";

    [GlobalSetup]
    public void Setup()
    {
        _files = FeedCorpus.Get(Set);
        _items = _files.SelectMany(f => TryParse(f)?.Items ?? []).ToArray();
        var bodies = _items.Select(i => i.Content ?? i.Summary).Where(b => !string.IsNullOrWhiteSpace(b)).ToArray();
        Console.WriteLine($"// Set {Set}: {_items.Length} items, {bodies.Length} bodies, {bodies.Sum(b => (long)b!.Length)} body chars");
    }

    [Benchmark(Baseline = true, Description = "Parse")]
    public int Parse()
    {
        var items = 0;
        foreach (var file in _files)
        {
            items += TryParse(file)?.Items.Count ?? 0;
        }
        return items;
    }

    [Benchmark(Description = "Parse + Normalize")]
    public int ParseAndNormalize()
    {
        var chars = 0;
        foreach (var file in _files)
        {
            foreach (var item in TryParse(file)?.Items ?? [])
            {
                chars += FeedItemNormalizer.Normalize(item, Now).Content?.Length ?? 0;
            }
        }
        return chars;
    }

    [Benchmark(Description = "HtmlText.Sanitize (bodies only)")]
    public int Sanitize()
    {
        var chars = 0;
        foreach (var item in _items)
        {
            if ((item.Content ?? item.Summary) is { } body)
            {
                chars += HtmlText.Sanitize(body, item.BaseUri).Length;
            }
        }
        return chars;
    }

    [Benchmark(Description = "DOM sanitizer alone (bodies, no fast paths)")]
    public int SanitizeWithParser()
    {
        var chars = 0;
        foreach (var item in _items)
        {
            if ((item.Content ?? item.Summary) is { } body && !string.IsNullOrWhiteSpace(body))
            {
                chars += HtmlText.SanitizeMarkup(body, item.BaseUri, fastPath: false).Length;
            }
        }
        return chars;
    }

    [Benchmark(Description = "HtmlText.ToPlainText (titles, summaries)")]
    public int PlainText()
    {
        var chars = 0;
        foreach (var item in _items)
        {
            chars += HtmlText.ToPlainText(item.Title ?? string.Empty).Length + HtmlText.ToPlainText(item.Summary ?? item.Content ?? string.Empty).Length;
        }
        return chars;
    }

    private static ParsedFeed? TryParse(CorpusFile file)
    {
        try
        {
            return FeedParser.Parse(file.Bytes);
        }
        catch (FeedParseException)
        {
            return null;
        }
    }
}
