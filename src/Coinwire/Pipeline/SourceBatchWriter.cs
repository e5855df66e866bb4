using System.Diagnostics;
using Coinwire.Storage;
using Microsoft.Extensions.Logging;

namespace Coinwire.Pipeline;

/// <summary>
/// The single writer of ingest: stores sources' new items, health and fetch logs so that a crash anywhere loses
/// nothing and a rerun completes the work. Callers prepare batches in parallel and queue here; the writer stores
/// the batches waiting (up to <see cref="MaxGroupBatches"/> / <see cref="MaxGroupItems"/>) in one transaction, since
/// a commit costs far more than a batch's rows. The group commits or rolls back as a whole; when it fails, its
/// batches are retried one transaction each, so only a bad batch fails for its caller.
/// </summary>
public sealed class SourceBatchWriter(StoreFactory store, JobQueue queue, ILogger? logger = null)
{

    /// <summary>Most source batches stored in one transaction.</summary>
    public const int MaxGroupBatches = 32;

    /// <summary>Most item rows in one transaction (a single larger batch still goes alone).</summary>
    public const int MaxGroupItems = 2_000;

    /// <summary>On SQLite, the background WAL checkpoints of this writer's commits.</summary>
    internal WalCheckpointer? Checkpointer { get; } = store.Provider == DatabaseProvider.Sqlite ? new WalCheckpointer(store, logger) : null;

    // SQLite has one writer; PostgreSQL takes concurrent transactions, but one drain keeps batches from interleaving.
    private readonly Lock gate = new();
    private readonly Queue<PendingBatch> queued = new();
    private bool draining;
    private long busyTicks;
    private long transactions;

    /// <summary>Time spent writing so far (queue waits excluded): the store side of ingest.</summary>
    public TimeSpan Busy => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref busyTicks));

    /// <summary>Transactions committed or attempted so far (a group retried batch by batch counts each attempt).</summary>
    public long Transactions => Interlocked.Read(ref transactions);

    /// <summary>
    /// Stores <paramref name="batch"/>; returns how many items were new. Cancelling <paramref name="ct"/> while the
    /// batch waits drops it; once its transaction has begun, the batch commits with its group unless every caller in
    /// the group cancels (then the group rolls back and all of them see the cancellation).
    /// </summary>
    public Task<int> StoreAsync(SourceBatch batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (ct.IsCancellationRequested)
        {
            return Task.FromCanceled<int>(ct);
        }
        var pending = new PendingBatch(batch);
        // Watched before it is queued: a cancellation from here on either drops it or reaches its group.
        pending.Watch(ct, Cancel);
        bool start;
        lock (gate)
        {
            queued.Enqueue(pending);
            start = !draining;
            draining = true;
        }
        if (start)
        {
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }
        return pending.Task;
    }

    private void Cancel(PendingBatch pending)
    {
        GroupCancellation? group;
        lock (gate)
        {
            group = pending.Group;
            if (group is null)
            {
                pending.Cancel();
            }
        }
        group?.MemberCancelled();
    }

    private async Task DrainAsync()
    {
        // One connection for the whole drain: SQLite keeps its page cache warm (a pooled connection that another
        // writer, such as the checkpointer, used last starts with its cache cleared).
        await using var session = new WriterSession(store);
        while (true)
        {
            List<PendingBatch> group;
            lock (gate)
            {
                group = TakeGroup();
                if (group.Count == 0)
                {
                    draining = false;
                    return;
                }
            }
            await WriteGroupAsync(session, group);
        }
    }

    private List<PendingBatch> TakeGroup()
    {
        var group = new List<PendingBatch>();
        var items = 0;
        while (group.Count < MaxGroupBatches && queued.TryPeek(out var next)
            && (group.Count == 0 || items + next.Batch.Records.Count <= MaxGroupItems))
        {
            queued.Dequeue();
            if (next.Task.IsCompleted)
            {
                continue;
            }
            group.Add(next);
            items += next.Batch.Records.Count;
        }
        var cancellation = new GroupCancellation(group.Count);
        foreach (var pending in group)
        {
            pending.Group = cancellation;
        }
        return group;
    }

    private async Task WriteGroupAsync(WriterSession session, List<PendingBatch> group)
    {
        var cancellation = group[0].Group!;
        var ct = cancellation.Token;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var counts = await WriteAsync(session, group, ct);
            for (var i = 0; i < group.Count; i++)
            {
                group[i].Complete(counts[i]);
            }
        }
        catch (Exception) when (group.Count > 1 && !ct.IsCancellationRequested)
        {
            // Nothing of the group was committed: store each batch alone, so one bad batch fails only its caller.
            foreach (var pending in group)
            {
                await WriteAloneAsync(session, pending, ct);
            }
        }
        catch (Exception e)
        {
            group.ForEach(p => p.Fail(e, ct));
        }
        finally
        {
            Interlocked.Add(ref busyTicks, Stopwatch.GetTimestamp() - started);
            cancellation.Dispose();
        }
    }

    private async Task WriteAloneAsync(WriterSession session, PendingBatch pending, CancellationToken ct)
    {
        try
        {
            pending.Complete((await WriteAsync(session, [pending], ct))[0]);
        }
        catch (Exception e)
        {
            pending.Fail(e, ct);
        }
    }

    private async Task<int[]> WriteAsync(WriterSession session, List<PendingBatch> group, CancellationToken ct)
    {
        Interlocked.Increment(ref transactions);
        try
        {
            return await SourceBatchTransaction.WriteAsync(session.Db, queue, Checkpointer, group.ConvertAll(p => p.Batch), ct);
        }
        catch
        {
            // The failure may have left the connection unusable: the next transaction starts on a fresh one.
            await session.ResetAsync();
            throw;
        }
    }
}
