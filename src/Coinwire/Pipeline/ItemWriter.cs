using System.Globalization;
using Coinwire.Clustering;
using Coinwire.Normalizing;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Pipeline;

/// <summary>
/// Stores one source's normalized items in the caller's transaction: an item already stored for the source (same
/// external id) is skipped; one whose id or canonical link another source already has is stored as that item's
/// duplicate (its source still joins the story, but it is not a new distinct item). New items are queued for clustering.
/// </summary>
public static class ItemWriter
{
    /// <summary>The stage that new items are queued for.</summary>
    public const string NextStage = ClusterStage.StageName;

    /// <summary>Stores <paramref name="items"/>; returns the ids of the rows inserted.</summary>
    public static async Task<IReadOnlyList<long>> WriteAsync(CoinwireDbContext db, JobQueue queue, SourceRecord source, IReadOnlyList<NormalizedFeedItem> items, DateTime now, CancellationToken ct)
    {
        // The same id can appear twice in one response; the first one wins.
        var fresh = items.Where(i => i.Id.Length <= 2048).DistinctBy(i => i.Id, StringComparer.Ordinal).ToList();
        var ids = fresh.Select(i => i.Id).ToList();
        var known = (await db.Items.Where(i => i.SourceId == source.Id && ids.Contains(i.ExternalId)).Select(i => i.ExternalId).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        fresh.RemoveAll(i => known.Contains(i.Id));
        if (fresh.Count == 0)
        {
            return [];
        }

        var links = fresh.Where(i => i.Link is not null).Select(i => i.Link!).Distinct(StringComparer.Ordinal).ToList();
        var newIds = fresh.Select(i => i.Id).ToList();
        // Two lookups, each on an index, and "not a duplicate itself" checked here: with that condition (or an OR of
        // both) in the query, SQLite walks the DuplicateOfId index over nearly every row. The id lookup probes the
        // (SourceId, ExternalId) index once per other source (every item's source is a row of sources).
        var otherSources = db.Sources.Where(s => s.Id != source.Id).Select(s => s.Id);
        var sameId = await db.Items.AsNoTracking().Where(i => otherSources.Contains(i.SourceId) && newIds.Contains(i.ExternalId))
            .Select(i => new Other(i.Id, i.ExternalId, i.Link, i.DuplicateOfId)).ToListAsync(ct);
        var sameLink = links.Count == 0 ? [] : await db.Items.AsNoTracking().Where(i => i.SourceId != source.Id && i.Link != null && links.Contains(i.Link))
            .Select(i => new Other(i.Id, i.ExternalId, i.Link, i.DuplicateOfId)).ToListAsync(ct);
        var others = sameId.Concat(sameLink).Where(o => o.DuplicateOfId is null).DistinctBy(o => o.Id).ToList();
        var byId = others.GroupBy(o => o.ExternalId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(o => o.Id), StringComparer.Ordinal);
        var byLink = others.Where(o => o.Link is not null).GroupBy(o => o.Link!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(o => o.Id), StringComparer.Ordinal);

        var records = fresh.Select(i => ToRecord(source, i, now, byId, byLink)).ToList();
        db.Items.AddRange(records);
        await db.SaveChangesAsync(ct);
        var inserted = records.Select(r => r.Id).ToList();
        await queue.EnqueueAsync(db, NextStage, inserted, ct: ct);
        return inserted;
    }

    private static ItemRecord ToRecord(SourceRecord source, NormalizedFeedItem item, DateTime now, Dictionary<string, long> byId, Dictionary<string, long> byLink)
    {
        var title = string.IsNullOrWhiteSpace(item.Title) ? (item.Summary is { Length: > 0 } s ? Truncate(s, 140) : "(untitled)") : item.Title;
        long? duplicateOf = byId.TryGetValue(item.Id, out var sameId) ? sameId
            : item.Link is not null && byLink.TryGetValue(item.Link, out var sameLink) ? sameLink : null;
        return new ItemRecord
        {
            SourceId = source.Id,
            ExternalId = item.Id,
            Link = item.Link,
            ContentHash = ExactDuplicateKeys.ContentHash(title, item.Summary) ?? TextCleanup.ContentHash(title),
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
            SimHash = SimHash.ToStored(SimHash.SimHash64(title)),
            DuplicateOfId = duplicateOf,
        };
    }

    private sealed record Other(long Id, string ExternalId, string? Link, long? DuplicateOfId);

    /// <summary>A UTC time written by <see cref="FeedItemNormalizer"/> (ISO 8601), or null when absent or unreadable.</summary>
    public static DateTime? ParseUtc(string? iso) =>
        iso is not null && DateTime.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
