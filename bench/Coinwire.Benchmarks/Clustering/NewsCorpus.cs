using System.Globalization;
using Coinwire.Clustering;
using Coinwire.Common;

namespace Coinwire.Benchmarks.Clustering;

/// <summary>
/// Items for the clustering benchmarks from the shared cryptonews TSV (CoinTelegraph, CryptoNews, CryptoPotato,
/// 2021-10 → 2022-07), read at run time and never copied into the repository (its licence is unknown).
/// </summary>
internal static class NewsCorpus
{
    /// <summary>
    /// <paramref name="count"/> items in time order. The file holds about 7,500 rows, so later items repeat
    /// earlier ones a year later: far outside the window, they are new items for the index, as in a live feed.
    /// </summary>
    public static ClusterItem[] Load(int count)
    {
        var path = RepoPaths.Shared("corpus", "tagging", "cryptonews_subjects_2021-10_2022-07.tsv");
        var rows = new List<ClusterItem>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 6 || !DateTime.TryParseExact(f[0], "d-M-yyyy H:mm", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var published))
            {
                continue;
            }
            rows.Add(new ClusterItem(f[1].ToLowerInvariant(), f[3], f[4], published, f[5], f[5]));
        }
        rows.Sort((a, b) => a.PublishedAt.CompareTo(b.PublishedAt));
        var items = new ClusterItem[count];
        for (var i = 0; i < count; i++)
        {
            var row = rows[i % rows.Count];
            var lap = i / rows.Count;
            items[i] = lap == 0 ? row : row with
            {
                PublishedAt = row.PublishedAt.AddDays(365 * lap),
                ExternalId = $"{row.ExternalId}#{lap}",
                CanonicalLink = $"{row.CanonicalLink}?lap={lap}",
                ContentHash = $"lap{lap}:{ExactDuplicateKeys.ContentHash(row.Title, row.Lead)}",
            };
        }
        return items;
    }
}
