using Coinwire.Pipeline;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Coinwire.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Tests.Pipeline;

public class StageRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Adds one to each subject story's score, so "done twice" shows as 2; throws for poisoned subjects.</summary>
    private sealed class CountingStage(params long[] poisoned) : IPipelineStage
    {
        public string Name => "count";

        public int Version => 1;

        public async Task ProcessAsync(CoinwireDbContext db, IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
        {
            foreach (var job in jobs)
            {
                if (poisoned.Contains(job.SubjectId))
                {
                    throw new InvalidDataException($"poison {job.SubjectId}");
                }
                var story = await db.Stories.SingleAsync(s => s.Id == job.SubjectId, ct);
                story.Score += 1;
            }
        }
    }

    private static async Task<(TempStore Store, JobQueue Queue)> SetupAsync(int stories)
    {
        var store = await TempStore.CreateAsync();
        var queue = new JobQueue(store.Factory);
        await using var db = store.Factory.CreateContext();
        for (var i = 0; i < stories; i++)
        {
            db.Stories.Add(new StoryRecord { Title = $"story {i}", FirstPublishedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
        }
        await db.SaveChangesAsync(Ct);
        await queue.EnqueueAsync(db, "count", await db.Stories.Select(s => s.Id).ToListAsync(Ct), ct: Ct);
        return (store, queue);
    }

    [Fact]
    public async Task RunUntilIdle_DoesEveryJobExactlyOnce()
    {
        var (store, queue) = await SetupAsync(450);
        await using var _ = store;
        var runner = new StageRunner(store.Factory, queue, "w1") { BatchSize = 100 };

        Assert.Equal(450, await runner.RunUntilIdleAsync([new CountingStage()], Ct));

        await using var db = store.Factory.CreateContext();
        Assert.All(await db.Stories.ToListAsync(Ct), s => Assert.Equal(1, s.Score));
        Assert.Equal(new JobCounts(0, 0, 0, 450), await queue.CountAsync(Ct));
    }

    [Fact]
    public async Task RunBatch_PoisonJobDoesNotBlockTheRestAndFailsAfterMaxAttempts()
    {
        var (store, queue) = await SetupAsync(5);
        await using var _ = store;
        var runner = new StageRunner(store.Factory, queue, "w1") { MaxAttempts = 1 };

        Assert.Equal(4, await runner.RunBatchAsync(new CountingStage(3), Ct));

        await using var db = store.Factory.CreateContext();
        Assert.Equal(0, (await db.Stories.SingleAsync(s => s.Id == 3, Ct)).Score);
        var failed = await db.Jobs.SingleAsync(j => j.Status == JobStatus.Failed, Ct);
        Assert.Equal(3, failed.SubjectId);
        Assert.Contains("poison 3", failed.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunBatch_ABatchOfOnePoisonJobIsAFailedAttempt()
    {
        var (store, queue) = await SetupAsync(1);
        await using var _ = store;
        var runner = new StageRunner(store.Factory, queue, "w1") { MaxAttempts = 1 };

        Assert.Equal(0, await runner.RunBatchAsync(new CountingStage(1), Ct));

        await using var db = store.Factory.CreateContext();
        var job = await db.Jobs.SingleAsync(Ct);
        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Contains("poison 1", job.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunBatch_LostLeaseRollsBackTheBatch()
    {
        var (store, queue) = await SetupAsync(1);
        await using var _ = store;
        var runner = new StageRunner(store.Factory, queue, "slow");

        Assert.Equal(0, await runner.RunBatchAsync(new StealingStage(), Ct));

        await using var db = store.Factory.CreateContext();
        Assert.Equal(0, (await db.Stories.SingleAsync(Ct)).Score);
        Assert.NotEqual(JobStatus.Done, (await db.Jobs.SingleAsync(Ct)).Status);
    }

    /// <summary>Writes a result, but meanwhile another worker takes the job over (as after an expired lease).</summary>
    private sealed class StealingStage : IPipelineStage
    {
        public string Name => "count";

        public int Version => 1;

        public async Task ProcessAsync(CoinwireDbContext db, IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
        {
            (await db.Stories.SingleAsync(ct)).Score += 1;
            await db.SaveChangesAsync(ct);
            // A real takeover commits on another connection, which SQLite's single writer would make wait for us;
            // rewriting the lease in our own transaction gives the runner the same view at completion time.
            await db.Jobs.ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, "thief"), ct);
        }
    }
}
