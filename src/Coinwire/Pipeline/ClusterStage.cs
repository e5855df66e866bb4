using Coinwire.Clustering;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coinwire.Pipeline;

/// <summary>
/// Joins each new item to a story: an exact duplicate or near-duplicate from another source within the window joins
/// the matched story, anything else starts a new one. Queues the story for the next stage. The in-memory
/// <see cref="StoryIndex"/> is loaded from the store on first use and, before each batch, catches up with the items
/// other workers clustered meanwhile; the stage's lock (<see cref="IExclusiveStage"/>) lets one worker at a time
/// cluster, so two indexes never disagree about which story an item joins.
/// </summary>
/// <remarks>
/// A batch costs a fixed number of round trips plus one per match to a story of an earlier batch: items are read
/// without their bodies, new stories get their ids up front (<see cref="StoryIds"/>), and all writes go out in one
/// <c>SaveChanges</c> at the end.
/// </remarks>
public sealed class ClusterStage(JobQueue queue, StoryIndexOptions? options = null, TimeProvider? clock = null) : IExclusiveStage
{
    /// <summary>Queue name of this stage.</summary>
    public const string StageName = "cluster";

    /// <summary>Queue name of the stage that stories go to next.</summary>
    public const string NextStage = "enrich";

    /// <summary>How far the catch-up looks back past the last one, for clocks of workers on other machines that run behind.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private readonly StoryIndexOptions indexOptions = options ?? new StoryIndexOptions();
    private readonly TimeProvider time = clock ?? TimeProvider.System;
    private readonly HashSet<long> indexedItems = [];
    private StoryIndex? index;
    private DateTime caughtUpAt;

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public Task<bool> TryLockAsync(CoinwireDbContext db, CancellationToken ct) => StageLock.TryTakeAsync(db, StageName, ct);

    /// <inheritdoc />
    public async Task ProcessAsync(CoinwireDbContext db, IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
    {
        try
        {
            await ClusterAsync(db, jobs, ct);
        }
        catch
        {
            // The batch rolls back, but the index already holds its items under stories that were never stored.
            index = null;
            throw;
        }
    }

    private async Task ClusterAsync(CoinwireDbContext db, IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
    {
        var storyIndex = await CurrentIndexAsync(db, ct);
        var ids = jobs.Select(j => j.SubjectId).ToList();
        var items = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id) && i.StoryId == null).OrderBy(i => i.PublishedAt).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.SourceId, i.ExternalId, i.Link, i.ContentHash, i.Title, i.Summary, i.PublishedAt, i.SimHash }).ToListAsync(ct);
        if (items.Count == 0)
        {
            return;
        }
        var sourceKeys = await SourceKeysAsync(db, items.Select(i => i.SourceId), ct);
        var newIds = await StoryIds.ReserveAsync(db, items.Count, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var touched = new HashSet<long>();
        foreach (var item in items)
        {
            var candidate = new ClusterItem(sourceKeys[item.SourceId], item.Title, item.Summary, item.PublishedAt, item.ExternalId, item.Link, item.ContentHash);
            var fingerprint = TextFingerprint.Create(candidate.Title, candidate.Lead);
            var keys = candidate.Keys(fingerprint);
            var match = storyIndex.Match(fingerprint, candidate.PublishedAt, candidate.SourceKey, keys);
            // The index can outlive a rolled-back transaction; a story that is not in the store is not a match.
            var story = match is null ? null : await db.Stories.FindAsync([match.StoryId], ct);
            if (match is not null && story is null)
            {
                // A rolled-back batch (lost lease) left the index pointing at a story that does not exist: rebuild it next time.
                index = null;
            }
            if (story is null)
            {
                story = new StoryRecord { Id = newIds.Next(), Title = item.Title, FirstPublishedAt = item.PublishedAt, UpdatedAt = now, SimHash = item.SimHash };
                db.Stories.Add(story);
            }
            else
            {
                story.FirstPublishedAt = item.PublishedAt < story.FirstPublishedAt ? item.PublishedAt : story.FirstPublishedAt;
                story.UpdatedAt = now;
            }
            story.ItemCount++;
            // Only StoryId is written: the row is attached as a stub instead of being read whole.
            var row = new ItemRecord { Id = item.Id, ExternalId = item.ExternalId, ContentHash = item.ContentHash, Title = item.Title };
            db.Items.Attach(row);
            row.StoryId = story.Id;
            db.Entry(row).Property(r => r.StoryId).IsModified = true;
            storyIndex.Add(story.Id, fingerprint, item.PublishedAt, candidate.SourceKey, keys);
            indexedItems.Add(item.Id);
            touched.Add(story.Id);
        }
        await db.SaveChangesAsync(ct);
        // A story that gained a source is enriched again: more coverage changes its score.
        await queue.RequeueAsync(db, NextStage, touched, ct: ct);
    }

    /// <summary>
    /// The index, loaded whole on first use (or after a rollback) and otherwise brought up to date with the items
    /// clustered by other workers: those of the stories changed since the last catch-up. Under the stage lock every
    /// earlier cluster batch has committed, so nothing can be missed; items the index already has are skipped.
    /// </summary>
    private async Task<StoryIndex> CurrentIndexAsync(CoinwireDbContext db, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var since = index is null ? now - indexOptions.Window : caughtUpAt - ClockSkew;
        var recent = await db.Stories.Where(s => s.UpdatedAt >= since).Join(db.Items, s => s.Id, i => i.StoryId, (s, i) => i).Select(Indexed).ToListAsync(ct);
        if (index is null)
        {
            index = new StoryIndex(indexOptions);
            indexedItems.Clear();
            // Recently published items too, besides those of recently changed stories (a backfill of old news clusters as one).
            recent.AddRange(await db.Items.Where(i => i.StoryId != null && i.PublishedAt >= since).Select(Indexed).ToListAsync(ct));
        }
        caughtUpAt = now;
        recent = recent.DistinctBy(i => i.Id).ToList();
        recent.RemoveAll(i => indexedItems.Contains(i.Id));
        var keys = await SourceKeysAsync(db, recent.Select(i => i.SourceId), ct);
        foreach (var i in recent)
        {
            var ci = new ClusterItem(keys[i.SourceId], i.Title, i.Summary, i.PublishedAt, i.ExternalId, i.Link, i.ContentHash);
            var fingerprint = TextFingerprint.Create(ci.Title, ci.Lead);
            index.Add(i.StoryId, fingerprint, i.PublishedAt, ci.SourceKey, ci.Keys(fingerprint));
            indexedItems.Add(i.Id);
        }
        return index;
    }

    private static readonly System.Linq.Expressions.Expression<Func<ItemRecord, IndexedItem>> Indexed =
        i => new IndexedItem(i.Id, i.StoryId ?? 0, i.SourceId, i.Title, i.Summary, i.PublishedAt, i.ExternalId, i.Link, i.ContentHash);

    /// <summary>What the index needs of a clustered item (no bodies).</summary>
    private sealed record IndexedItem(long Id, long StoryId, int SourceId, string Title, string? Summary, DateTime PublishedAt, string ExternalId, string? Link, string ContentHash);

    private static async Task<Dictionary<int, string>> SourceKeysAsync(CoinwireDbContext db, IEnumerable<int> sourceIds, CancellationToken ct)
    {
        var ids = sourceIds.Distinct().ToList();
        return await db.Sources.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Key }).ToDictionaryAsync(s => s.Id, s => s.Key, ct);
    }

    /// <summary>
    /// Story ids handed out before the stories are inserted, so a batch needs no insert per new story. SQLite: the ids
    /// AUTOINCREMENT would give next (the stage is the single writer of stories); PostgreSQL: values drawn from the
    /// identity sequence (unused ones are skipped, as after any rollback).
    /// </summary>
    private sealed class StoryIds
    {
        private readonly Queue<long>? reserved;
        private long next;

        private StoryIds(long next, Queue<long>? reserved)
        {
            this.next = next;
            this.reserved = reserved;
        }

        public static async Task<StoryIds> ReserveAsync(CoinwireDbContext db, int count, CancellationToken ct)
        {
            var conn = db.Database.GetDbConnection();
            if (conn.State != System.Data.ConnectionState.Open)
            {
                await conn.OpenAsync(ct);
            }
            await using var cmd = conn.CreateCommand();
            cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (db.Database.IsNpgsql())
            {
                cmd.CommandText = $"SELECT nextval(pg_get_serial_sequence('stories', 'Id')) FROM generate_series(1, {count})";
                var drawn = new Queue<long>(count);
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    drawn.Enqueue(reader.GetInt64(0));
                }
                return new StoryIds(0, drawn);
            }
            cmd.CommandText = """SELECT MAX(x) FROM (SELECT seq AS x FROM sqlite_sequence WHERE name = 'stories' UNION ALL SELECT MAX("Id") FROM stories)""";
            var last = await cmd.ExecuteScalarAsync(ct);
            return new StoryIds((last is null or DBNull ? 0 : Convert.ToInt64(last, System.Globalization.CultureInfo.InvariantCulture)) + 1, null);
        }

        /// <summary>The id for the next new story; at most the reserved count are asked for (one per item).</summary>
        public long Next() => reserved?.Dequeue() ?? next++;
    }
}
