using Coinwire.Pipeline;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Coinwire.Tests.Clustering;
using Coinwire.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Coinwire.Tests.Pipeline;

/// <summary>Several workers clustering one PostgreSQL store, each with its own in-memory story index.</summary>
[Collection(PostgresCollection.Name)]
public class ClusterLockTests(PostgresServer server)
{
    private const int Sources = 4;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each group is one corpus story carried word for word by every source.</summary>
    private async Task<(StoreFactory Store, JobQueue Queue, List<long>[] Groups)> SetupAsync(int groups)
    {
        var cs = new NpgsqlConnectionStringBuilder(await server.RequireAsync()) { Pooling = true }.ToString();
        var store = new StoreFactory(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = cs }, Path.GetTempPath());
        await store.MigrateAsync(Ct);
        var stories = new[] { "002-cointelegraph-2023", "015-cryptonews", "007-newsbtc", "017-cryptopotato" }.SelectMany(f => CorpusFeeds.Read($"crypto/{f}.xml"))
            .DistinctBy(i => i.Title).Take(groups).ToList();
        Assert.Equal(groups, stories.Count);
        var members = Enumerable.Range(0, groups).Select(_ => new List<long>()).ToArray();
        var queue = new JobQueue(store);
        await using var db = store.CreateContext();
        var sources = Enumerable.Range(0, Sources).Select(s => new SourceRecord { Key = $"s{s}", Name = $"S{s}", Url = $"https://s{s}.example/feed.xml", Type = "RSS" }).ToList();
        db.Sources.AddRange(sources);
        await db.SaveChangesAsync(Ct);
        foreach (var (story, g) in stories.Select((c, g) => (c, g)))
        {
            // A group's items are neighbours in the queue, so workers claiming side by side get parts of the same story.
            var rows = sources.Select((source, s) => new ItemRecord
            {
                SourceId = source.Id, ExternalId = $"s{s}-{g}", Link = $"https://s{s}.example/{g}", ContentHash = $"group-{g}",
                Title = story.Title, Summary = story.Lead, PublishedAt = story.Published.AddMinutes(s), FetchedAt = DateTime.UtcNow,
            }).ToList();
            db.Items.AddRange(rows);
            await db.SaveChangesAsync(Ct);
            await queue.EnqueueAsync(db, ClusterStage.StageName, rows.Select(r => r.Id), ct: Ct);
            members[g].AddRange(rows.Select(r => r.Id));
        }
        return (store, queue, members);
    }

    [Fact]
    public async Task ConcurrentWorkers_NeverSplitAStoryAcrossTheirIndexes()
    {
        var (store, queue, groups) = await SetupAsync(60);
        var workers = Enumerable.Range(0, 3).Select(w => new StageRunner(store, queue, $"w{w}") { BatchSize = 2 }).ToList();

        await Task.WhenAll(workers.Select(runner => Task.Run(() => DrainAsync(runner, new ClusterStage(queue), store), Ct)));

        await using var db = store.CreateContext();
        var items = await db.Items.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.StoryId, Ct);
        Assert.All(groups, members => Assert.Single(members.Select(id => items[id]).Distinct()));
        var stories = await db.Stories.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(items.Values.Distinct().Count(), stories.Count);
        Assert.All(stories, s => Assert.Equal(items.Values.Count(id => id == s.Id), s.ItemCount));
        Assert.All(await db.Jobs.Where(j => j.Stage == ClusterStage.StageName).ToListAsync(Ct), j => Assert.Equal((JobStatus.Done, 1), (j.Status, j.Attempts)));
    }

    [Fact]
    public async Task RunBatch_ClusterLockedByAnotherWorkerHandsJobsBackWithoutAnAttempt()
    {
        var (store, queue, _) = await SetupAsync(5);
        var runner = new StageRunner(store, queue, "w1");
        await using (var other = store.CreateContext())
        {
            await using var tx = await other.Database.BeginTransactionAsync(Ct);
            Assert.True(await StageLock.TryTakeAsync(other, ClusterStage.StageName, Ct));

            Assert.Equal(0, await runner.RunBatchAsync(new ClusterStage(queue), Ct));

            Assert.Equal(1, runner.BusyBatches);
            await using var db = store.CreateContext();
            Assert.All(await db.Jobs.AsNoTracking().ToListAsync(Ct), j => Assert.Equal((JobStatus.Pending, 0, null), (j.Status, j.Attempts, j.LeaseOwner)));
        }
        Assert.Equal(5 * Sources, await runner.RunBatchAsync(new ClusterStage(queue), Ct));
    }

    /// <summary>Runs the stage until none of its jobs is left; a batch handed back (lock held elsewhere) is tried again shortly.</summary>
    private static async Task DrainAsync(StageRunner runner, ClusterStage stage, StoreFactory store)
    {
        while (true)
        {
            if (await runner.RunUntilIdleAsync([stage], Ct) == 0)
            {
                await using var db = store.CreateContext();
                if (!await db.Jobs.AnyAsync(j => j.Stage == ClusterStage.StageName && (j.Status == JobStatus.Pending || j.Status == JobStatus.Running), Ct))
                {
                    return;
                }
                await Task.Delay(5, Ct);
            }
        }
    }
}
