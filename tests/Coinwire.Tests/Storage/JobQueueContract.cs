using System.Collections.Concurrent;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Coinwire.Tests.Storage;

/// <summary>The queue's behaviour, run against each store.</summary>
public abstract class JobQueueContract
{
    protected abstract Task<StoreFactory> CreateStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(StoreFactory Store, JobQueue Queue, FakeTimeProvider Clock)> SetupAsync(int jobs)
    {
        var store = await CreateStoreAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var queue = new JobQueue(store, clock);
        await using var db = store.CreateContext();
        await queue.EnqueueAsync(db, "tag", Enumerable.Range(1, jobs).Select(i => (long)i), ct: Ct);
        return (store, queue, clock);
    }

    [Fact]
    public async Task Enqueue_SameSubjectTwiceQueuesOnce()
    {
        var (store, queue, _) = await SetupAsync(3);
        await using var db = store.CreateContext();
        Assert.Equal(1, await queue.EnqueueAsync(db, "tag", [2, 3, 4], ct: Ct));
        Assert.Equal(4, (await queue.CountAsync(Ct)).Pending);
    }

    [Fact]
    public async Task Claim_TwoWorkersNeverGetTheSameJob()
    {
        var (_, queue, _) = await SetupAsync(10);
        var a = await queue.ClaimAsync("tag", "w1", 6, ct: Ct);
        var b = await queue.ClaimAsync("tag", "w2", 6, ct: Ct);
        Assert.Equal(6, a.Count);
        Assert.Equal(4, b.Count);
        Assert.Empty(a.Select(j => j.Id).Intersect(b.Select(j => j.Id)));
    }

    [Fact]
    public async Task Claim_ExpiredLeaseIsTakenOverAndOldOwnerCannotComplete()
    {
        var (store, queue, clock) = await SetupAsync(1);
        var first = Assert.Single(await queue.ClaimAsync("tag", "dead", 5, TimeSpan.FromSeconds(60), Ct));
        Assert.Empty(await queue.ClaimAsync("tag", "w2", 5, ct: Ct));

        clock.Advance(TimeSpan.FromSeconds(61));
        var second = Assert.Single(await queue.ClaimAsync("tag", "w2", 5, ct: Ct));
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.Attempts);

        await using var db = store.CreateContext();
        Assert.False(await queue.CompleteAsync(db, first, "dead", Ct));
        Assert.True(await queue.CompleteAsync(db, second, "w2", Ct));
        Assert.Equal(new JobCounts(0, 0, 0, 1), await queue.CountAsync(Ct));
    }

    [Fact]
    public async Task Heartbeat_KeepsTheLeaseAlive()
    {
        var (_, queue, clock) = await SetupAsync(1);
        var job = Assert.Single(await queue.ClaimAsync("tag", "w1", 5, TimeSpan.FromSeconds(60), Ct));
        clock.Advance(TimeSpan.FromSeconds(45));
        Assert.Equal(1, await queue.HeartbeatAsync("w1", [job.Id], TimeSpan.FromSeconds(60), Ct));
        clock.Advance(TimeSpan.FromSeconds(45));
        Assert.Empty(await queue.ClaimAsync("tag", "w2", 5, ct: Ct));
    }

    [Fact]
    public async Task Fail_RetriesWithBackoffThenFailsForGood()
    {
        var (store, queue, clock) = await SetupAsync(1);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var job = Assert.Single(await queue.ClaimAsync("tag", "w1", 1, ct: Ct));
            await queue.FailAsync(job, "w1", $"boom {attempt}", maxAttempts: 3, Ct);
            Assert.Empty(await queue.ClaimAsync("tag", "w1", 1, ct: Ct));
            clock.Advance(TimeSpan.FromHours(2));
        }
        Assert.Equal(1, (await queue.CountAsync(Ct)).Failed);
        await using (var db = store.CreateContext())
        {
            Assert.Equal("boom 3", (await db.Jobs.SingleAsync(Ct)).LastError);
        }

        Assert.Equal(1, await queue.RetryFailedAsync(ct: Ct));
        Assert.Single(await queue.ClaimAsync("tag", "w1", 1, ct: Ct));
    }

    [Fact]
    public async Task Release_GivesJobsBackWithoutCountingTheAttempt()
    {
        var (store, queue, _) = await SetupAsync(2);
        await queue.ClaimAsync("tag", "w1", 2, ct: Ct);
        Assert.Equal(2, await queue.ReleaseAsync("w1", Ct));
        await using var db = store.CreateContext();
        Assert.All(await db.Jobs.ToListAsync(Ct), j => Assert.Equal((JobStatus.Pending, 0, null), (j.Status, j.Attempts, j.LeaseOwner)));
    }

    [Fact]
    public async Task Claim_ManyConcurrentWorkersClaimEachJobOnce()
    {
        var (_, queue, _) = await SetupAsync(300);
        var seen = new ConcurrentBag<long>();
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            while (true)
            {
                var batch = await ClaimWithRetryAsync(queue, $"w{w}");
                if (batch.Count == 0)
                {
                    return;
                }
                foreach (var j in batch)
                {
                    seen.Add(j.Id);
                }
            }
        }, Ct));
        await Task.WhenAll(workers);
        Assert.Equal(300, seen.Count);
        Assert.Equal(300, seen.Distinct().Count());
    }

    private static Task<IReadOnlyList<ClaimedJob>> ClaimWithRetryAsync(JobQueue queue, string worker)
        => ContractStores.RetryBusyAsync(() => queue.ClaimAsync("tag", worker, 7, ct: Ct));
}

public sealed class SqliteJobQueueTests : JobQueueContract, IAsyncDisposable
{
    private readonly ContractStores stores = new();

    protected override Task<StoreFactory> CreateStoreAsync() => stores.SqliteAsync();

    public ValueTask DisposeAsync() => stores.DisposeAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresJobQueueTests(PostgresServer server) : JobQueueContract
{
    protected override Task<StoreFactory> CreateStoreAsync() => ContractStores.PostgresAsync(server);
}
