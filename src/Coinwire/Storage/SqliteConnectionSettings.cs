using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Coinwire.Storage;

/// <summary>
/// Per-connection SQLite settings, applied each time a connection the store created opens (also when opened directly
/// through <c>GetDbConnection()</c>, as the job queue does):
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
    /// <summary>The pragmas run on every open.</summary>
    public const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=1000;";

    /// <inheritdoc />
    public override DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        ArgumentNullException.ThrowIfNull(result);
        result.StateChange += OnStateChange;
        return result;
    }

    private static void OnStateChange(object sender, StateChangeEventArgs e)
    {
        if (e.CurrentState == ConnectionState.Open && sender is DbConnection conn)
        {
            using var cmd = conn.CreateCommand();
            cmd.CommandText = Pragmas;
            cmd.ExecuteNonQuery();
        }
    }
}
