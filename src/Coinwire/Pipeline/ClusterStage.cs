using Coinwire.Clustering;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coinwire.Pipeline;

/// <summary>
/// Joins each new item to a story: an exact duplicate or near-duplicate from another source within the window joins
/// the matched story, anything else starts a new one. Queues the story for the next stage. The in-memory
/// <see cref="StoryIndex"/> is rebuilt from the store on first use, so the stage runs in one process at a time.
/// </summary>
/// <remarks>
/// A batch costs a fixed number of round trips plus one per match to a story of an earlier batch: items are read
/// without their bodies, new stories get their ids up front (<see cref="StoryIds"/>), and all writes go out in one
/// <c>SaveChanges</c> at the end.
/// </remarks>
public sealed class ClusterStage(JobQueue queue, StoryIndexOptions? options = null) : IPipelineStage
{
    /// <summary>Queue name of this stage.</summary>
    public const string StageName = "cluster";

    /// <summary>Queue name of the stage that stories go to next.</summary>
    public const string NextStage = "enrich";

    private readonly StoryIndexOptions indexOptions = options ?? new StoryIndexOptions();
    private StoryIndex? index;

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public async Task ProcessAsync(CoinwireDbContext db, IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
    {
        var storyIndex = index ??= await LoadIndexAsync(db, ct);
        var ids = jobs.Select(j => j.SubjectId).ToList();
        var items = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id) && i.StoryId == null).OrderBy(i => i.PublishedAt).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.SourceId, i.ExternalId, i.Link, i.ContentHash, i.Title, i.Summary, i.PublishedAt, i.SimHash }).ToListAsync(ct);
        if (items.Count == 0)
        {
            return;
        }
        var sourceKeys = await SourceKeysAsync(db, items.Select(i => i.SourceId), ct);
        var newIds = await StoryIds.ReserveAsync(db, items.Count, ct);
        var touched = new HashSet<long>();
        foreach (var item in items)
        {
            var candidate = new ClusterItem(sourceKeys[item.SourceId], item.Title, item.Summary, item.PublishedAt, item.ExternalId, item.Link, item.ContentHash);
            var fingerprint = TextFingerprint.Create(candidate.Title, candidate.Lead);
            var keys = candidate.Keys(fingerprint);
            var match = storyIndex.Match(fingerprint, candidate.PublishedAt, candidate.SourceKey, keys);
            // The index can outlive a rolled-back transaction; a story that is not in the store is not a match.
            var story = match is null ? null : await db.Stories.FindAsync([match.StoryId], ct);
            if (story is null)
            {
                story = new StoryRecord { Id = newIds.Next(), Title = item.Title, FirstPublishedAt = item.PublishedAt, UpdatedAt = DateTime.UtcNow, SimHash = item.SimHash };
                db.Stories.Add(story);
            }
            else
            {
                story.FirstPublishedAt = item.PublishedAt < story.FirstPublishedAt ? item.PublishedAt : story.FirstPublishedAt;
                story.UpdatedAt = DateTime.UtcNow;
            }
            story.ItemCount++;
            // Only StoryId is written: the row is attached as a stub instead of being read whole.
            var row = new ItemRecord { Id = item.Id, ExternalId = item.ExternalId, ContentHash = item.ContentHash, Title = item.Title };
            db.Items.Attach(row);
            row.StoryId = story.Id;
            db.Entry(row).Property(r => r.StoryId).IsModified = true;
            storyIndex.Add(story.Id, fingerprint, item.PublishedAt, candidate.SourceKey, keys);
            touched.Add(story.Id);
        }
        await db.SaveChangesAsync(ct);
        // A story that gained a source is enriched again: more coverage changes its score.
        await queue.RequeueAsync(db, NextStage, touched, ct: ct);
    }

    private async Task<StoryIndex> LoadIndexAsync(CoinwireDbContext db, CancellationToken ct)
    {
        var built = new StoryIndex(indexOptions);
        var since = DateTime.UtcNow - indexOptions.Window;
        var recent = await db.Items.AsNoTracking().Where(i => i.StoryId != null && i.PublishedAt >= since)
            .Select(i => new { i.StoryId, i.SourceId, i.Title, i.Summary, i.PublishedAt, i.ExternalId, i.Link, i.ContentHash }).ToListAsync(ct);
        var keys = await SourceKeysAsync(db, recent.Select(i => i.SourceId), ct);
        foreach (var i in recent)
        {
            var ci = new ClusterItem(keys[i.SourceId], i.Title, i.Summary, i.PublishedAt, i.ExternalId, i.Link, i.ContentHash);
            var fingerprint = TextFingerprint.Create(ci.Title, ci.Lead);
            built.Add(i.StoryId!.Value, fingerprint, i.PublishedAt, ci.SourceKey, ci.Keys(fingerprint));
        }
        return built;
    }

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
