using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Coinwire.Storage;

/// <summary>
/// Per-connection SQLite settings, applied when a connection the store created opens (also when opened directly
/// through <c>GetDbConnection()</c>, as the job queue does), once per native connection of the pool:
/// <list type="bullet">
/// <item><c>synchronous=NORMAL</c>: under WAL a commit no longer waits for an fsync. A killed process loses nothing
/// (the WAL is in the OS); only an OS crash or power cut may lose the last commits, never corrupt the file, and
/// ingest reruns complete them.</item>
/// <item><c>cache_size</c> 64 MiB instead of 2 MiB: the item indexes of a growing store stay in memory.</item>
/// <item><c>temp_store=MEMORY</c>: sorts and temp indexes without temp files.</item>
/// <item><c>wal_autocheckpoint=1000</c> (SQLite's default): back for every user of a pooled connection the ingest writer
/// had switched to background checkpoints (<see cref="WalCheckpointer"/>).</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    // The pool hands the same native connection to many SqliteConnection objects: the pragmas it was given.
    private static readonly ConditionalWeakTable<sqlite3, string> Configured = [];

    /// <summary>The pragmas run when a native connection first opens.</summary>
    public const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=1000;";

    /// <summary>SQLite's default <c>wal_autocheckpoint</c>, in pages.</summary>
    public const int DefaultAutoCheckpointPages = 1_000;

    /// <inheritdoc />
    public override DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        ArgumentNullException.ThrowIfNull(result);
        result.StateChange += OnStateChange;
        return result;
    }

    private static void OnStateChange(object sender, StateChangeEventArgs e)
    {
        if (e.CurrentState != ConnectionState.Open || sender is not DbConnection conn)
        {
            return;
        }
        if (conn is SqliteConnection { Handle: { } handle } && Configured.TryGetValue(handle, out _))
        {
            // Only this setting is changed by a user of the connection (the ingest writer).
            raw.sqlite3_wal_autocheckpoint(handle, DefaultAutoCheckpointPages);
            return;
        }
        using var cmd = conn.CreateCommand();
        cmd.CommandText = Pragmas;
        cmd.ExecuteNonQuery();
        if (conn is SqliteConnection { Handle: { } opened })
        {
            Configured.AddOrUpdate(opened, Pragmas);
        }
    }
}
