using System.Data.Common;
using System.Text;
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

    /// <summary>
    /// Appends the <c>VALUES</c> tuples of a multi-row insert, <c>(@p0, @p1), (@p2, @p3)</c>: parameters named
    /// <c>p0</c>, <c>p1</c>, … row by row.
    /// </summary>
    public static StringBuilder AppendValues(StringBuilder sql, int rows, int columns)
    {
        var p = 0;
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var col = 0; col < columns; col++)
            {
                sql.Append(col == 0 ? "@p" : ", @p").Append(p++);
            }
            sql.Append(')');
        }
        return sql;
    }

    /// <summary>A time as the model's UTC converter stores it.</summary>
    public static DateTime Utc(DateTime t) => t.Kind == DateTimeKind.Utc ? t : t.ToUniversalTime();

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
