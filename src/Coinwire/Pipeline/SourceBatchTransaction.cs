using Coinwire.Storage;

namespace Coinwire.Pipeline;

/// <summary>
/// Stores source batches in one transaction: each batch's new items (<see cref="ItemWriter.WriteAsync"/>, which sees
/// the rows of the batches before it), its source row and its fetch log. All of them commit or none.
/// </summary>
internal static class SourceBatchTransaction
{
    /// <summary>Stores <paramref name="batches"/> in one transaction; returns each batch's count of new items, in order.</summary>
    public static async Task<int[]> WriteAsync(StoreFactory store, JobQueue queue, IReadOnlyList<SourceBatch> batches, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var counts = new int[batches.Count];
        for (var i = 0; i < batches.Count; i++)
        {
            var batch = batches[i];
            var inserted = await ItemWriter.WriteAsync(db, queue, batch.SourceId, batch.Records, ct);
            await SourceHealth.UpdateAsync(db, batch.SourceId, batch.Next, inserted.Count, ct);
            // A batch retried after its group rolled back carries the id the failed insert was given.
            batch.Log.Id = 0;
            batch.Log.ItemsNew = inserted.Count;
            db.FetchLog.Add(batch.Log);
            counts[i] = inserted.Count;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return counts;
    }
}
