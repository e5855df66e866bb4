using System.Globalization;
using System.Text;
using Coinwire.Clustering;
using Coinwire.Normalizing;
using Coinwire.Storage;
using Coinwire.Storage.Entities;

namespace Coinwire.Pipeline;

/// <summary>
/// Stores one source's normalized items in the caller's transaction: an item already stored for the source (same
/// external id) is skipped; one whose id or canonical link another source already has is stored as that item's
/// duplicate (its source still joins the story, but it is not a new distinct item). New items are queued for clustering.
/// Rows are built by <see cref="ToRecords"/> (CPU only, any thread) and written by <see cref="WriteAsync"/>
/// (the single writer), so hashing runs beside other sources' writes.
/// </summary>
public static class ItemWriter
{
    /// <summary>The stage that new items are queued for.</summary>
    public const string NextStage = ClusterStage.StageName;

    /// <summary>
    /// The rows for <paramref name="items"/> of <paramref name="source"/>, without ids or duplicate links; the same id
    /// twice in one response keeps the first.
    /// </summary>
    public static IReadOnlyList<ItemRecord> ToRecords(SourceRecord source, IReadOnlyList<NormalizedFeedItem> items, DateTime now) =>
        items.Where(i => i.Id.Length <= 2048).DistinctBy(i => i.Id, StringComparer.Ordinal).Select(i => ToRecord(source, i, now)).ToList();

    /// <summary>
    /// Stores the rows from <see cref="ToRecords"/> not yet stored for source <paramref name="sourceId"/>, marking
    /// cross-source duplicates; returns the ids of the rows inserted.
    /// </summary>
    public static async Task<IReadOnlyList<long>> WriteAsync(CoinwireDbContext db, JobQueue queue, int sourceId, IReadOnlyList<ItemRecord> records, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            return [];
        }
        // Two index lookups per batch (ExternalId, Link); "not a duplicate itself" is checked here: with that
        // condition (or an OR of both) in the query, SQLite walks the DuplicateOfId index over nearly every row.
        var ids = records.Select(r => r.ExternalId).ToList();
        var sameId = await FindAsync(db, nameof(ItemRecord.ExternalId), ids, otherThanSource: null, ct);
        var known = sameId.Where(o => o.SourceId == sourceId).Select(o => o.ExternalId).ToHashSet(StringComparer.Ordinal);
        var fresh = records.Where(r => !known.Contains(r.ExternalId)).ToList();
        if (fresh.Count == 0)
        {
            return [];
        }

        var links = fresh.Where(r => r.Link is not null).Select(r => r.Link!).Distinct(StringComparer.Ordinal).ToList();
        var sameLink = links.Count == 0 ? [] : await FindAsync(db, nameof(ItemRecord.Link), links, otherThanSource: sourceId, ct);
        var others = sameId.Where(o => o.SourceId != sourceId).Concat(sameLink).Where(o => o.DuplicateOfId is null).DistinctBy(o => o.Id).ToList();
        var byId = others.GroupBy(o => o.ExternalId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(o => o.Id), StringComparer.Ordinal);
        var byLink = others.Where(o => o.Link is not null).GroupBy(o => o.Link!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(o => o.Id), StringComparer.Ordinal);
        foreach (var record in fresh)
        {
            record.DuplicateOfId = byId.TryGetValue(record.ExternalId, out var first) ? first
                : record.Link is not null && byLink.TryGetValue(record.Link, out var firstLink) ? firstLink : null;
        }

        await ItemBulkInsert.InsertAsync(db, fresh, ct);
        var inserted = fresh.Select(r => r.Id).ToList();
        await queue.EnqueueAsync(db, NextStage, inserted, ct: ct);
        return inserted;
    }

    private static ItemRecord ToRecord(SourceRecord source, NormalizedFeedItem item, DateTime now)
    {
        var title = string.IsNullOrWhiteSpace(item.Title) ? (item.Summary is { Length: > 0 } s ? Truncate(s, 140) : "(untitled)") : item.Title;
        var titleTokens = TextNormalizer.Tokens(title);
        return new ItemRecord
        {
            SourceId = source.Id,
            ExternalId = item.Id,
            Link = item.Link,
            ContentHash = ExactDuplicateKeys.ContentHash(titleTokens, item.Summary) ?? TextCleanup.ContentHash(title),
            Title = Truncate(title, 1000),
            Summary = item.Summary,
            ContentHtml = item.Content,
            Author = item.Author is null ? null : Truncate(item.Author, 500),
            ImageUrl = item.Image,
            Categories = item.Categories.Count == 0 ? null : string.Join('\n', item.Categories),
            Lang = source.Lang,
            PublishedAt = ParseUtc(item.Published) ?? ParseUtc(item.Updated) ?? now,
            UpdatedAt = ParseUtc(item.Updated),
            FetchedAt = now,
            SimHash = SimHash.ToStored(SimHash.Of(titleTokens)),
        };
    }

    /// <summary>
    /// The items whose <paramref name="column"/> is one of <paramref name="values"/> (of other sources than
    /// <paramref name="otherThanSource"/> when set). A plain command: EF rebuilt the SQL of an <c>IN</c> list for every
    /// list length, which cost the writer more than running the query.
    /// </summary>
    private static async Task<List<Other>> FindAsync(CoinwireDbContext db, string column, IReadOnlyList<string> values, int? otherThanSource, CancellationToken ct)
    {
        var found = new List<Other>();
        foreach (var chunk in values.Chunk(MaxLookupParameters))
        {
            var sql = new StringBuilder("SELECT \"Id\", \"SourceId\", \"ExternalId\", \"Link\", \"DuplicateOfId\" FROM items WHERE ");
            if (otherThanSource is not null)
            {
                sql.Append("\"SourceId\" <> @source AND ");
            }
            sql.Append('"').Append(column).Append("\" IN (");
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "@v" : ", @v").Append(i.ToString(CultureInfo.InvariantCulture));
            }
            await using var cmd = await StoreCommand.CreateAsync(db, sql.Append(')').ToString(), ct);
            if (otherThanSource is { } source)
            {
                StoreCommand.AddParameter(cmd, "source", source);
            }
            for (var i = 0; i < chunk.Length; i++)
            {
                StoreCommand.AddParameter(cmd, "v" + i.ToString(CultureInfo.InvariantCulture), chunk[i]);
            }
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                found.Add(new Other(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2),
                    await reader.IsDBNullAsync(3, ct) ? null : reader.GetString(3), await reader.IsDBNullAsync(4, ct) ? null : reader.GetInt64(4)));
            }
        }
        return found;
    }

    // Far below the parameter limits of SQLite (32,766) and PostgreSQL (65,535).
    private const int MaxLookupParameters = 500;

    private sealed record Other(long Id, int SourceId, string ExternalId, string? Link, long? DuplicateOfId);

    /// <summary>A UTC time written by <see cref="FeedItemNormalizer"/> (ISO 8601), or null when absent or unreadable.</summary>
    public static DateTime? ParseUtc(string? iso) =>
        iso is not null && DateTime.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
