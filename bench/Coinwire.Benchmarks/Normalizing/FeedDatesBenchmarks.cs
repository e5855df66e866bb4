using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Coinwire.Common;
using Coinwire.Normalizing;

namespace Coinwire.Benchmarks.Normalizing;

/// <summary>
/// FeedDates.TryParse against DateTimeOffset.TryParse on every raw published/updated string in the feed corpus
/// (feedparser's expected JSON, in corpus order, so the mix of RFC 822 and ISO 8601 is the real one).
/// Each invocation parses the whole list.
/// </summary>
[MemoryDiagnoser]
public class FeedDatesBenchmarks
{
    private string[] raws = [];

    [GlobalSetup]
    public void Setup()
    {
        var list = new List<string>();
        var root = RepoPaths.Shared("corpus", "feeds", "expected");
        foreach (var path in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            if (!doc.RootElement.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            foreach (var entry in entries.EnumerateArray())
            {
                foreach (var field in (string[])["published_raw", "updated_raw"])
                {
                    if (entry.TryGetProperty(field, out var raw) && raw.ValueKind == JsonValueKind.String)
                    {
                        list.Add(raw.GetString()!);
                    }
                }
            }
        }
        raws = [.. list];
        Console.WriteLine($"// {raws.Length} raw date strings");
    }

    [Benchmark(Baseline = true)]
    public int DateTimeOffset_TryParse()
    {
        var parsed = 0;
        foreach (var raw in raws)
        {
            if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out _))
            {
                parsed++;
            }
        }
        return parsed;
    }

    [Benchmark]
    public int FeedDates_TryParse()
    {
        var parsed = 0;
        foreach (var raw in raws)
        {
            if (FeedDates.TryParse(raw, out _))
            {
                parsed++;
            }
        }
        return parsed;
    }
}
