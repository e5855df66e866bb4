using Coinwire.Clustering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coinwire.Storage;

/// <summary>
/// A named lock held for the rest of a transaction, for work that at most one worker may do at a time across
/// processes. PostgreSQL: a transaction-scoped advisory lock, taken without waiting and released by commit, rollback
/// or the death of the connection. SQLite: always granted; the file's single writer already serializes the work.
/// </summary>
public static class StageLock
{
    /// <summary>Takes the lock <paramref name="name"/> in the current transaction of <paramref name="db"/>; false when another transaction holds it.</summary>
    public static async Task<bool> TryTakeAsync(CoinwireDbContext db, string name, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return true;
        }
        var tx = db.Database.CurrentTransaction ?? throw new InvalidOperationException("a stage lock needs a transaction");
        var conn = db.Database.GetDbConnection();
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx.GetDbTransaction();
        cmd.CommandText = "SELECT pg_try_advisory_xact_lock(@key)";
        var p = cmd.CreateParameter();
        p.ParameterName = "key";
        p.Value = Key(name);
        cmd.Parameters.Add(p);
        return await cmd.ExecuteScalarAsync(ct) is true;
    }

    /// <summary>The advisory lock key of <paramref name="name"/>: stable across processes and versions.</summary>
    public static long Key(string name) => unchecked((long)StableHash.Fnv1a64("coinwire:" + name));
}
