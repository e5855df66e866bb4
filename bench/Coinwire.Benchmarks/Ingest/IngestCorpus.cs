using System.Globalization;
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
/// item count. Replica <c>r &gt; 0</c> is another source with the same feed; after normalizing, its items get
/// distinct ids, links and titles (so distinct content hashes) and are moved <c>r × 400</c> days back (a separate
/// wave of news, as <c>NewsCorpus</c> does for the clustering benchmark), so they start stories of their own, except every <see cref="DuplicateEvery"/>-th item, which
/// is left as is: an exact cross-source duplicate of the original.
/// </summary>
internal static class IngestCorpus
{
    /// <summary>Every n-th item of a replica stays an exact duplicate of the original (10 %).</summary>
    public const int DuplicateEvery = 10;

    /// <summary>The feeds, by file name.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> LoadFeeds()
    {
        var dir = RepoPaths.Shared("corpus", "feeds", "crypto");
        return Directory.GetFiles(dir).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
    }

    /// <summary>Enough replicas of <paramref name="feeds"/> (holding <paramref name="itemsPerCopy"/> items) for <paramref name="target"/> items.</summary>
    public static IReadOnlyList<IngestBatch> Plan(IReadOnlyList<(string Name, byte[] Bytes)> feeds, int itemsPerCopy, int target)
    {
        var replicas = Math.Max(1, (target + itemsPerCopy - 1) / itemsPerCopy);
        var batches = new List<IngestBatch>();
        for (var r = 0; r < replicas; r++)
        {
            foreach (var (name, bytes) in feeds)
            {
                batches.Add(new IngestBatch($"bench-{Path.GetFileNameWithoutExtension(name)}-r{r}", name, bytes, r));
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
            Title = item.Title is null ? null : $"{item.Title} [r{replica}]",
            Link = item.Link is null ? null : item.Link + (item.Link.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "r=" + replica.ToString(CultureInfo.InvariantCulture),
            Published = Shift(item.Published, shift),
            Updated = Shift(item.Updated, shift),
        };
    }

    private static string? Shift(string? iso, TimeSpan by) =>
        iso is not null && DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? (t + by).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : iso;
}
