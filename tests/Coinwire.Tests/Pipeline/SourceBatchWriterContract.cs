using Coinwire.Fetching;
using Coinwire.Normalizing;
using Coinwire.Pipeline;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Coinwire.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Tests.Pipeline;

/// <summary>
/// The writer's group commit, run against each store: batches queued while the writer is busy share one transaction,
/// yet each caller gets its own count, a bad batch fails alone and a cancelled caller's batch is not stored. The
/// writer is kept busy by a transaction of the test's that holds the write lock (SQLite) or the first source's row.
/// </summary>
public abstract class SourceBatchWriterContract
{
    private static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    protected abstract Task<StoreFactory> CreateStoreAsync();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected async Task<(StoreFactory Store, SourceBatchWriter Writer, SourceRecord[] Sources)> SetupAsync(int sources)
    {
        var store = await CreateStoreAsync();
        await using var db = store.CreateContext();
        var records = Enumerable.Range(1, sources).Select(i => new SourceRecord { Key = $"s{i}", Name = $"S{i}", Url = $"https://s{i}.example/feed", Type = "RSS" }).ToArray();
        db.Sources.AddRange(records);
        await db.SaveChangesAsync(Ct);
        return (store, new SourceBatchWriter(store, new JobQueue(store)), records);
    }

    protected static SourceBatch Batch(SourceRecord source, int items, string prefix = "") => Batch(source.Id, source, items, prefix);

    private static SourceBatch Batch(int sourceId, SourceRecord template, int items, string prefix)
    {
        var rows = ItemWriter.ToRecords(template, Enumerable.Range(0, items).Select(i => new NormalizedFeedItem
        {
            Id = $"{prefix}{template.Key}-{i}",
            Link = $"https://{template.Key}.example/{prefix}{i}",
            Title = $"Headline {prefix}{template.Key} {i}",
        }).ToList(), Now);
        foreach (var row in rows)
        {
            row.SourceId = sourceId;
        }
        var next = new SourceFetchState { LastOutcome = FetchOutcome.Ok, LastStatusCode = 200, LastAttemptAt = Now, LastSuccessAt = Now, ETag = "\"e\"" };
        return new SourceBatch(sourceId, next, rows, new FetchLogEntry { SourceId = sourceId, StartedAt = Now, Outcome = "Ok", ItemsSeen = items });
    }

    /// <summary>Holds the store busy until disposed: SQLite's write lock, and on PostgreSQL the row of <paramref name="source"/>.</summary>
    private static async Task<IAsyncDisposable> HoldAsync(StoreFactory store, SourceRecord source)
    {
        var db = store.CreateContext();
        var tx = await db.Database.BeginTransactionAsync(Ct);
        await db.Sources.Where(s => s.Id == source.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Weight, s => s.Weight), Ct);
        return new Release(async () =>
        {
            await tx.RollbackAsync(Ct);
            await tx.DisposeAsync();
            await db.DisposeAsync();
        });
    }

    /// <summary>Waits until the writer has begun <paramref name="count"/> transactions (the first group is then blocked on the hold).</summary>
    private static async Task WaitForTransactionsAsync(SourceBatchWriter writer, long count)
    {
        for (var i = 0; writer.Transactions < count; i++)
        {
            Assert.True(i < 500, "the writer did not start its transaction");
            await Task.Delay(10, Ct);
        }
    }

    private static async Task<(int Items, int ItemCount, int Logs)> StoredAsync(StoreFactory store, SourceRecord source)
    {
        await using var db = store.CreateContext();
        return (await db.Items.CountAsync(i => i.SourceId == source.Id, Ct),
            await db.Sources.Where(s => s.Id == source.Id).Select(s => s.ItemCount).SingleAsync(Ct),
            await db.FetchLog.CountAsync(l => l.SourceId == source.Id, Ct));
    }

    [Fact]
    public async Task Store_WritesEveryFetchLogFieldOfTheGroup()
    {
        var (store, writer, sources) = await SetupAsync(2);
        var ok = Batch(sources[0], 3);
        ok.Log.HttpStatus = 200;
        ok.Log.Bytes = 123_456;
        ok.Log.ElapsedMs = 789;
        var failed = new SourceBatch(sources[1].Id, Batch(sources[1], 0).Next, [], new FetchLogEntry
        {
            SourceId = sources[1].Id, StartedAt = Now.AddMinutes(-1), Outcome = "HttpError", HttpStatus = null, Error = "HTTP 503 'quoted' \u00e9",
        });
        Assert.Equal(new[] { 3, 0 }, await Task.WhenAll(writer.StoreAsync(ok, Ct), writer.StoreAsync(failed, Ct)));
        await using var db = store.CreateContext();
        var logs = await db.FetchLog.AsNoTracking().OrderBy(l => l.SourceId).ToListAsync(Ct);
        Assert.Equal(2, logs.Count);
        Assert.Equal((sources[0].Id, Now, "Ok", (int?)200, 123_456L, 3, 3, 789, (string?)null),
            (logs[0].SourceId, logs[0].StartedAt, logs[0].Outcome, logs[0].HttpStatus, logs[0].Bytes, logs[0].ItemsSeen, logs[0].ItemsNew, logs[0].ElapsedMs, logs[0].Error));
        Assert.Equal((sources[1].Id, Now.AddMinutes(-1), "HttpError", (int?)null, 0, "HTTP 503 'quoted' \u00e9"),
            (logs[1].SourceId, logs[1].StartedAt, logs[1].Outcome, logs[1].HttpStatus, logs[1].ItemsNew, logs[1].Error));
        Assert.Equal(DateTimeKind.Utc, logs[0].StartedAt.Kind);
    }

    [Fact]
    public async Task Store_BatchesQueuedWhileBusyShareOneTransactionAndEachCallerGetsItsCount()
    {
        var (store, writer, sources) = await SetupAsync(4);
        Assert.Equal(2, await writer.StoreAsync(Batch(sources[3], 2), Ct));
        Task<int> first, recapture;
        Task<int>[] queued;
        await using (await HoldAsync(store, sources[0]))
        {
            first = writer.StoreAsync(Batch(sources[0], 1), Ct);
            await WaitForTransactionsAsync(writer, 2);
            queued = [writer.StoreAsync(Batch(sources[1], 3), Ct), writer.StoreAsync(Batch(sources[2], 5), Ct), writer.StoreAsync(Batch(sources[1], 2, "b"), Ct)];
            recapture = writer.StoreAsync(Batch(sources[3], 2), Ct);
        }
        Assert.Equal(1, await first);
        Assert.Equal(new[] { 3, 5, 2 }, await Task.WhenAll(queued));
        Assert.Equal(0, await recapture);
        Assert.Equal(3, writer.Transactions);
        Assert.Equal((5, 5, 2), await StoredAsync(store, sources[1]));
        Assert.Equal((5, 5, 1), await StoredAsync(store, sources[2]));
        Assert.Equal((2, 2, 2), await StoredAsync(store, sources[3]));
        await using var db = store.CreateContext();
        Assert.All(await db.Sources.AsNoTracking().ToListAsync(Ct), s => Assert.Equal(("Ok", 200, "\"e\""), (s.LastStatus, s.LastHttpStatus, s.ETag)));
        Assert.Equal(13, await db.Jobs.CountAsync(j => j.Stage == ItemWriter.NextStage, Ct));
    }

    [Fact]
    public async Task Store_OneFailingBatchInAGroupFailsOnlyItsCaller()
    {
        var (store, writer, sources) = await SetupAsync(3);
        Task<int> first, good, bad, other;
        await using (await HoldAsync(store, sources[0]))
        {
            first = writer.StoreAsync(Batch(sources[0], 1), Ct);
            await WaitForTransactionsAsync(writer, 1);
            good = writer.StoreAsync(Batch(sources[1], 2), Ct);
            bad = writer.StoreAsync(Batch(999, sources[2], 2, "bad"), Ct);
            other = writer.StoreAsync(Batch(sources[2], 3), Ct);
        }
        Assert.Equal(1, await first);
        Assert.Equal(2, await good);
        Assert.Equal(3, await other);
        await Assert.ThrowsAnyAsync<Exception>(() => bad);
        Assert.Equal((2, 2, 1), await StoredAsync(store, sources[1]));
        Assert.Equal((3, 3, 1), await StoredAsync(store, sources[2]));
        await using var db = store.CreateContext();
        Assert.Equal(0, await db.Items.CountAsync(i => i.SourceId == 999, Ct));
    }

    [Fact]
    public async Task Store_CallerCancelledWhileQueuedIsDroppedAndTheOthersStored()
    {
        var (store, writer, sources) = await SetupAsync(3);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        Task<int> first, dropped, kept;
        await using (await HoldAsync(store, sources[0]))
        {
            first = writer.StoreAsync(Batch(sources[0], 1), Ct);
            await WaitForTransactionsAsync(writer, 1);
            dropped = writer.StoreAsync(Batch(sources[1], 2), cancel.Token);
            kept = writer.StoreAsync(Batch(sources[2], 3), Ct);
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dropped);
        }
        Assert.Equal(1, await first);
        Assert.Equal(3, await kept);
        Assert.Equal((0, 0, 0), await StoredAsync(store, sources[1]));
        Assert.Equal((3, 3, 1), await StoredAsync(store, sources[2]));
    }

    [Fact]
    public async Task Store_GroupWhoseCallersAllCancelRollsBack()
    {
        var (store, writer, sources) = await SetupAsync(1);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        Task<int> cancelled;
        await using (await HoldAsync(store, sources[0]))
        {
            cancelled = writer.StoreAsync(Batch(sources[0], 2), cancel.Token);
            await WaitForTransactionsAsync(writer, 1);
            await cancel.CancelAsync();
        }
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal((0, 0, 0), await StoredAsync(store, sources[0]));
        Assert.Equal(2, await writer.StoreAsync(Batch(sources[0], 2), Ct));
    }

    private sealed class Release(Func<Task> release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await release();
    }
}

public sealed class SqliteSourceBatchWriterTests : SourceBatchWriterContract, IAsyncDisposable
{
    private readonly ContractStores stores = new();

    protected override Task<StoreFactory> CreateStoreAsync() => stores.SqliteAsync();

    [Fact]
    public async Task Store_UnchangedFeedsStillGetTheWalCheckpointed()
    {
        var (_, writer, sources) = await SetupAsync(1);
        Assert.Equal(2, await writer.StoreAsync(Batch(sources[0], 2), Ct));
        // Recaptures: no new item, but each writes its source row and fetch log.
        for (var i = 0; i < WalCheckpointer.CheckpointEveryRows / 2; i++)
        {
            Assert.Equal(0, await writer.StoreAsync(Batch(sources[0], 2), Ct));
        }
        await writer.Checkpointer!.WhenIdleAsync();
        Assert.Equal(1, writer.Checkpointer.Checkpoints);
    }

    public ValueTask DisposeAsync() => stores.DisposeAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSourceBatchWriterTests(PostgresServer server) : SourceBatchWriterContract
{
    protected override Task<StoreFactory> CreateStoreAsync() => ContractStores.PostgresAsync(server);
}
