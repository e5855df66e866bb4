using System.Xml;
using Coinwire.Common;

namespace Coinwire.Benchmarks.Parsing;

/// <summary>One corpus file held in memory.</summary>
public sealed record CorpusFile(string Name, byte[] Bytes)
{
    /// <summary>True for JSON Feed (and other .json) files: their floor is <c>Utf8JsonReader</c>.</summary>
    public bool IsJson { get; } = Name.EndsWith(".json", StringComparison.Ordinal);

    public override string ToString() => Name;
}

/// <summary>
/// The feed corpus (<c>../shared/corpus/feeds/{crypto,general}</c>), read once. The folder comes from
/// <see cref="RepoPaths"/> (searched upward from the BenchmarkDotNet build folder under <c>bin/</c>), or from the
/// <c>COINWIRE_FEEDS</c> environment variable when the benchmark runs outside a checkout.
/// </summary>
public static class FeedCorpus
{
    /// <summary>The benchmark-size file named in the corpus MANIFEST.</summary>
    public const string LargeFile = "crypto/014-cryptodaily-large.xml";

    private static readonly Lazy<CorpusFile[]> AllFiles = new(Load);
    private static readonly Lazy<CorpusFile[]> Readable = new(FindReadable);

    /// <summary>Every file of the corpus (XML and JSON).</summary>
    public static CorpusFile[] All => AllFiles.Value;

    /// <summary>The files that <c>SyndicationFeed</c> and CodeHollow.FeedReader both read without throwing.</summary>
    public static CorpusFile[] ReadableByAll => Readable.Value;

    /// <summary>The large single file.</summary>
    public static CorpusFile[] Large => [All.Single(f => f.Name == LargeFile)];

    /// <summary>The named set: <c>all</c>, <c>readable</c> or <c>large</c>.</summary>
    public static CorpusFile[] Get(string set) => set switch
    {
        "all" => All,
        "readable" => ReadableByAll,
        "large" => Large,
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, "expected all, readable or large"),
    };

    /// <summary>Total bytes of a set.</summary>
    public static long Bytes(CorpusFile[] files) => files.Sum(f => (long)f.Bytes.Length);

    /// <summary>The folder holding <c>crypto/</c> and <c>general/</c>.</summary>
    public static string Folder() =>
        Environment.GetEnvironmentVariable("COINWIRE_FEEDS") is { Length: > 0 } env ? env : RepoPaths.Shared("corpus", "feeds");

    private static CorpusFile[] Load()
    {
        var folder = Folder();
        return new[] { "crypto", "general" }
            .SelectMany(sub => Directory.GetFiles(Path.Combine(folder, sub)).Order(StringComparer.Ordinal))
            .Select(path => new CorpusFile(Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllBytes(path)))
            .ToArray();
    }

    private static CorpusFile[] FindReadable() =>
        All.Where(f => !f.IsJson && Competitors.TrySyndication(f.Bytes) && Competitors.TryCodeHollow(f.Bytes)).ToArray();

    /// <summary>The reader settings of Coinwire's parser (safe: DTD ignored, no resolver), shared by the floor and SyndicationFeed.</summary>
    public static XmlReaderSettings XmlSettings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
    };
}
