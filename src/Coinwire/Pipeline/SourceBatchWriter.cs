using System.Diagnostics;
using Coinwire.Storage;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Pipeline;

/// <summary>
/// The single writer of ingest: stores one source's new items, its health and its fetch log in one transaction, so a
/// crash anywhere loses nothing and a rerun completes the work. Callers prepare batches in parallel and queue here.
/// </summary>
public sealed class SourceBatchWriter(StoreFactory store, JobQueue queue)
{
    // SQLite has one writer; PostgreSQL takes concurrent transactions, but the same lock keeps batches from interleaving.
    private readonly SemaphoreSlim writer = new(1, 1);
    private long busyTicks;

    /// <summary>Time spent holding the writer so far (waits excluded): the store side of ingest.</summary>
    public TimeSpan Busy => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref busyTicks));

    /// <summary>Stores <paramref name="batch"/>; returns how many items were new.</summary>
    public async Task<int> StoreAsync(SourceBatch batch, CancellationToken ct)
    {
        await writer.WaitAsync(ct);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var db = store.CreateContext();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var source = await db.Sources.SingleAsync(s => s.Id == batch.SourceId, ct);
            var inserted = await ItemWriter.WriteAsync(db, queue, source.Id, batch.Records, ct);
            SourceHealth.Apply(source, batch.Next);
            source.ItemCount += inserted.Count;
            batch.Log.ItemsNew = inserted.Count;
            db.FetchLog.Add(batch.Log);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return inserted.Count;
        }
        finally
        {
            Interlocked.Add(ref busyTicks, Stopwatch.GetTimestamp() - started);
            writer.Release();
        }
    }
}
