using Coinwire.Clustering;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Pipeline;

/// <summary>
/// Joins each new item to a story: an exact duplicate or near-duplicate from another source within the window joins
/// the matched story, anything else starts a new one. Queues the story for the next stage. The in-memory
/// <see cref="StoryIndex"/> is rebuilt from the store on first use, so the stage runs in one process at a time.
/// </summary>
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
        var items = await db.Items.Where(i => ids.Contains(i.Id)).OrderBy(i => i.PublishedAt).ThenBy(i => i.Id).ToListAsync(ct);
        var sourceKeys = await SourceKeysAsync(db, items.Select(i => i.SourceId), ct);
        var touched = new HashSet<long>();
        foreach (var item in items.Where(i => i.StoryId is null))
        {
            var candidate = new ClusterItem(sourceKeys[item.SourceId], item.Title, item.Summary, item.PublishedAt, item.ExternalId, item.Link, item.ContentHash);
            var match = storyIndex.Match(candidate);
            // The index can outlive a rolled-back transaction; a story that is not in the store is not a match.
            var story = match is null ? null : await db.Stories.FindAsync([match.StoryId], ct);
            if (story is null)
            {
                story = new StoryRecord { Title = item.Title, FirstPublishedAt = item.PublishedAt, UpdatedAt = DateTime.UtcNow, SimHash = item.SimHash };
                db.Stories.Add(story);
                await db.SaveChangesAsync(ct);
            }
            else
            {
                story.FirstPublishedAt = item.PublishedAt < story.FirstPublishedAt ? item.PublishedAt : story.FirstPublishedAt;
                story.UpdatedAt = DateTime.UtcNow;
            }
            story.ItemCount++;
            item.StoryId = story.Id;
            storyIndex.Add(story.Id, TextFingerprint.Create(candidate.Title, candidate.Lead), item.PublishedAt, candidate.SourceKey, candidate.Keys());
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
            built.Add(i.StoryId!.Value, TextFingerprint.Create(ci.Title, ci.Lead), i.PublishedAt, ci.SourceKey, ci.Keys());
        }
        return built;
    }

    private static async Task<Dictionary<int, string>> SourceKeysAsync(CoinwireDbContext db, IEnumerable<int> sourceIds, CancellationToken ct)
    {
        var ids = sourceIds.Distinct().ToList();
        return await db.Sources.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Key, ct);
    }
}
