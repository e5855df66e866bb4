using Microsoft.EntityFrameworkCore;

namespace Coinwire.Storage;

/// <summary>What <c>coinwire stats --json</c> prints.</summary>
/// <param name="Sources">Stored sources.</param>
/// <param name="Items">Distinct items (cross-source duplicates by id or canonical link count once).</param>
/// <param name="Stories">Stories.</param>
/// <param name="Articles">Published articles (not drafts).</param>
/// <param name="Drafts">Draft articles.</param>
/// <param name="Jobs">Queue counts.</param>
public sealed record StoreStats(int Sources, int Items, int Stories, int Articles, int Drafts, JobCounts Jobs)
{
    /// <summary>Reads the counts.</summary>
    public static async Task<StoreStats> ReadAsync(StoreFactory store, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var sources = await db.Sources.CountAsync(ct);
        var items = await db.Items.CountAsync(i => i.DuplicateOfId == null, ct);
        var stories = await db.Stories.CountAsync(ct);
        var drafts = await db.Articles.CountAsync(a => a.Draft, ct);
        var articles = await db.Articles.CountAsync(ct) - drafts;
        var jobs = await new JobQueue(store).CountAsync(ct);
        return new StoreStats(sources, items, stories, articles, drafts, jobs);
    }
}
