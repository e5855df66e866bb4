using Coinwire.Storage;

namespace Coinwire.Pipeline;

/// <summary>
/// Stores source batches in one transaction: each batch's new items (<see cref="ItemWriter.WriteAsync"/>, which sees
/// the rows of the batches before it), its source row and its fetch log. All of them commit or none.
/// </summary>
internal static class SourceBatchTransaction
{
    /// <summary>
    /// Stores <paramref name="batches"/> in one transaction on <paramref name="db"/> (plain commands only, so nothing
    /// is left tracked between transactions); returns each batch's count of new items, in order. On SQLite,
    /// <paramref name="checkpointer"/> takes the WAL checkpoints off this transaction's commit.
    /// </summary>
    public static async Task<int[]> WriteAsync(CoinwireDbContext db, JobQueue queue, WalCheckpointer? checkpointer, IReadOnlyList<SourceBatch> batches, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        checkpointer?.SetWriterAutoCheckpoint(db);
        var counts = new int[batches.Count];
        for (var i = 0; i < batches.Count; i++)
        {
            var batch = batches[i];
            var inserted = await ItemWriter.WriteAsync(db, queue, batch.SourceId, batch.Records, ct);
            await SourceHealth.UpdateAsync(db, batch.SourceId, batch.Next, inserted.Count, ct);
            batch.Log.ItemsNew = inserted.Count;
            counts[i] = inserted.Count;
        }
        await FetchLogInsert.InsertAsync(db, batches.Select(b => b.Log).ToList(), ct);
        await tx.CommitAsync(ct);
        // Every batch also writes its source row and fetch log: a run of unchanged feeds must still get checkpoints.
        checkpointer?.Written(counts.Sum() + (2 * batches.Count));
        return counts;
    }
}
