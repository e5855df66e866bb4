using System.Globalization;
using System.Text.RegularExpressions;
using Coinwire.Common;
using Coinwire.Normalizing;

namespace Coinwire.Benchmarks.Ingest;

/// <summary>One source's feed in the replicated corpus: the bytes to parse and how to make its items new.</summary>
/// <param name="SourceKey">Key of the benchmark source that "fetched" this copy.</param>
/// <param name="Feed">File name of the corpus feed.</param>
/// <param name="Bytes">The feed's bytes, shared by all replicas.</param>
/// <param name="Replica">0 for the originals; a replica's items get new ids, links and dates.</param>
internal sealed record IngestBatch(string SourceKey, string Feed, byte[] Bytes, int Replica);

/// <summary>
/// The corpus feeds under <c>../shared/corpus/feeds/crypto</c>, replicated into enough source batches to reach a target
/// item count. There is one source per feed, and each replica is a later fetch round: in round <c>r</c> source
/// <c>f</c> serves feed <c>(f + r) mod n</c>, so the exact duplicates below come from another source. After
/// normalizing, the items of a replica <c>r &gt; 0</c> get
/// distinct ids and links, disguised titles and summaries (see <see cref="Disguise"/>) and are moved <c>r × 400</c> days back (a separate
/// wave of news, as <c>NewsCorpus</c> does for the clustering benchmark), so they start stories of their own, except every <see cref="DuplicateEvery"/>-th item, which
/// is left as is: an exact cross-source duplicate of the original.
/// </summary>
internal static partial class IngestCorpus
{
    /// <summary>Every n-th item of a replica stays an exact duplicate of the original (10 %).</summary>
    public const int DuplicateEvery = 10;

    /// <summary>The feeds, by file name.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> LoadFeeds()
    {
        var dir = RepoPaths.Shared("corpus", "feeds", "crypto");
        return Directory.GetFiles(dir).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
    }

    /// <summary>The distinct source keys of <paramref name="batches"/>.</summary>
    public static IReadOnlyList<string> Sources(IEnumerable<IngestBatch> batches) => batches.Select(b => b.SourceKey).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Enough replicas of <paramref name="feeds"/> (holding <paramref name="itemsPerCopy"/> items) for <paramref name="target"/> items.</summary>
    public static IReadOnlyList<IngestBatch> Plan(IReadOnlyList<(string Name, byte[] Bytes)> feeds, int itemsPerCopy, int target)
    {
        var replicas = Math.Max(1, (target + itemsPerCopy - 1) / itemsPerCopy);
        var batches = new List<IngestBatch>();
        for (var r = 0; r < replicas; r++)
        {
            for (var f = 0; f < feeds.Count; f++)
            {
                var (name, bytes) = feeds[f];
                batches.Add(new IngestBatch("bench-" + Path.GetFileNameWithoutExtension(feeds[(f + r) % feeds.Count].Name), name, bytes, r));
            }
        }
        return batches;
    }

    /// <summary>Makes <paramref name="item"/> (the <paramref name="index"/>-th of its feed) new for replica <paramref name="replica"/>.</summary>
    public static NormalizedFeedItem Rewrite(NormalizedFeedItem item, int replica, int index)
    {
        if (replica == 0 || index % DuplicateEvery == 0)
        {
            return item;
        }
        var shift = TimeSpan.FromDays(-400 * replica);
        return item with
        {
            Id = $"{item.Id}#r{replica}",
            Title = Disguise(item.Title, replica),
            Summary = Disguise(item.Summary, replica),
            Link = item.Link is null ? null : item.Link + (item.Link.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "r=" + replica.ToString(CultureInfo.InvariantCulture),
            Published = Shift(item.Published, shift),
            Updated = Shift(item.Updated, shift),
        };
    }

    /// <summary>
    /// Gives every word of four or more letters a replica suffix, so a replica's texts share no such token with
    /// other replicas (no false LSH candidates, a distinct content hash) while keeping their lengths and their
    /// similarity to each other within the replica.
    /// </summary>
    private static string? Disguise(string? text, int replica) =>
        text is null ? null : LongWord().Replace(text, m => m.Value + "q" + (char)('a' + replica % 26) + (char)('a' + replica / 26 % 26));

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex LongWord();

    private static string? Shift(string? iso, TimeSpan by) =>
        iso is not null && DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? (t + by).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : iso;
}
