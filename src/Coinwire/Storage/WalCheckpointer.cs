using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SQLitePCL;

namespace Coinwire.Storage;

/// <summary>
/// Copies a SQLite store's write-ahead log into the database file on its own connection, beside the writer: with
/// SQLite's automatic checkpoint the writer's commit itself did that copy and its two fsyncs every ~4 MiB of WAL,
/// about half of ingest's store time. The writer turns its automatic checkpoint off
/// (<see cref="SetWriterAutoCheckpoint"/>) and calls <see cref="Written"/> after each commit; a passive checkpoint never
/// blocks it. When the log still grows past <see cref="MaxWalPages"/> (the writer never pauses, or checkpoints fail),
/// the writer checkpoints inline again until the log restarts small.
/// </summary>
public sealed class WalCheckpointer
{
    /// <summary>
    /// Rows written after which a background checkpoint starts: an item row with its index and job entries adds about
    /// 3 pages (12 KiB) to the WAL, so this is near SQLite's own automatic threshold of 1,000 pages.
    /// </summary>
    public const int CheckpointEveryRows = 400;

    /// <summary>Pages the WAL may hold (64 MiB at 4 KiB pages) before the writer checkpoints inline again.</summary>
    public const int MaxWalPages = 16_384;

    private readonly StoreFactory store;
    private readonly ILogger logger;
    private readonly int maxWalPages;
    private int running;
    private long rowsSinceCheckpoint;
    private long walPages;
    private long checkpoints;
    private Task idle = Task.CompletedTask;

    /// <summary>A checkpointer for <paramref name="store"/>, which must be SQLite.</summary>
    public WalCheckpointer(StoreFactory store, ILogger? logger = null, int maxWalPages = MaxWalPages)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.Provider != DatabaseProvider.Sqlite)
        {
            throw new ArgumentException("Only a SQLite store has a write-ahead log to checkpoint.", nameof(store));
        }
        this.store = store;
        this.logger = logger ?? NullLogger.Instance;
        this.maxWalPages = maxWalPages;
    }

    /// <summary>Pages in the WAL at the last checkpoint (0 before the first).</summary>
    public long WalPages => Interlocked.Read(ref walPages);

    /// <summary>Background checkpoints run so far.</summary>
    public long Checkpoints => Interlocked.Read(ref checkpoints);

    /// <summary>True when the log is too long for the writer to leave checkpoints to the background.</summary>
    public bool Behind => WalPages > maxWalPages;

    /// <summary>
    /// Sets the writer's <c>wal_autocheckpoint</c> on its (open) connection for its next transaction: off, or SQLite's
    /// default when behind. The connection gets the default back when it next opens.
    /// </summary>
    public void SetWriterAutoCheckpoint(CoinwireDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle
            ?? throw new InvalidOperationException("The writer's connection is not open.");
        raw.sqlite3_wal_autocheckpoint(handle, Behind ? SqliteConnectionSettings.DefaultAutoCheckpointPages : 0);
    }

    /// <summary>
    /// Counts rows the writer just committed and starts a background checkpoint once <see cref="CheckpointEveryRows"/>
    /// have gathered (and none is running).
    /// </summary>
    public void Written(int rows)
    {
        if (Interlocked.Add(ref rowsSinceCheckpoint, rows) < CheckpointEveryRows || Interlocked.CompareExchange(ref running, 1, 0) != 0)
        {
            return;
        }
        Interlocked.Exchange(ref rowsSinceCheckpoint, 0);
        idle = Task.Run(RunAsync);
    }

    /// <summary>Completes when no background checkpoint is running.</summary>
    public Task WhenIdleAsync() => idle;

    private async Task RunAsync()
    {
        try
        {
            await using var db = store.CreateContext();
            await using var cmd = await StoreCommand.CreateAsync(db, "PRAGMA wal_checkpoint(PASSIVE)", CancellationToken.None);
            await using var reader = await cmd.ExecuteReaderAsync();
            if (await reader.ReadAsync())
            {
                // busy, log frames, frames checkpointed: -1 when the database is not in WAL mode.
                Interlocked.Exchange(ref walPages, Math.Max(0, reader.GetInt64(1)));
            }
            Interlocked.Increment(ref checkpoints);
        }
        catch (DbException e)
        {
            // The writer checkpoints inline until a background checkpoint succeeds again.
            Interlocked.Exchange(ref walPages, long.MaxValue);
            logger.LogWarning(e, "Background WAL checkpoint failed; the writer checkpoints itself meanwhile");
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }
    }
}
