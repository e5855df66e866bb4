using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coinwire.Storage;

/// <summary>ADO commands on a context's connection, enlisted in its current transaction: for statements EF cannot batch.</summary>
internal static class StoreCommand
{
    /// <summary>A command with <paramref name="sql"/> on the context's (opened) connection; the caller disposes it.</summary>
    public static async Task<DbCommand> CreateAsync(CoinwireDbContext db, string sql, CancellationToken ct)
    {
        var conn = db.Database.GetDbConnection();
        if (conn.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        var cmd = conn.CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandText = sql;
        return cmd;
    }

    /// <summary>Adds a parameter; <see langword="null"/> becomes <see cref="DBNull"/>.</summary>
    public static void AddParameter(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        // Microsoft.Data.Sqlite looks a bare name up once per prefix (@, :, $) on every execution; the prefixed name once.
        p.ParameterName = name.StartsWith('@') ? name : "@" + name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }
}
