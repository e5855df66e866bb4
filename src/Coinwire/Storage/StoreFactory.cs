using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Storage;

/// <summary>Creates store contexts for the configured provider and brings the schema up to date.</summary>
public sealed class StoreFactory
{
    private static readonly SqliteConnectionSettings SqliteSettings = new();

    private readonly Func<CoinwireDbContext> create;

    /// <summary>Creates a factory for <paramref name="options"/>; SQLite files live under <paramref name="dataDir"/>.</summary>
    public StoreFactory(DatabaseOptions options, string dataDir)
    {
        Provider = options.Provider;
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                var pg = options.ConnectionString
                    ?? throw new InvalidOperationException("Database:ConnectionString is required for the Postgres provider");
                var pgOptions = new DbContextOptionsBuilder<PostgresCoinwireDbContext>().UseNpgsql(pg).Options;
                create = () => new PostgresCoinwireDbContext(pgOptions);
                Description = "PostgreSQL";
                break;
            default:
                var cs = options.ConnectionString ?? SqliteConnectionString(Path.Combine(dataDir, "coinwire.db"));
                var sqliteOptions = new DbContextOptionsBuilder<SqliteCoinwireDbContext>().UseSqlite(cs).AddInterceptors(SqliteSettings).Options;
                create = () => new SqliteCoinwireDbContext(sqliteOptions);
                Description = $"SQLite {new SqliteConnectionStringBuilder(cs).DataSource}";
                break;
        }
    }

    /// <summary>The provider in use.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>A human-readable description of the store (never contains credentials).</summary>
    public string Description { get; }

    /// <summary>A new context; the caller disposes it.</summary>
    public CoinwireDbContext CreateContext() => create();

    /// <summary>Creates or migrates the schema; on SQLite also switches the file to WAL.</summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = CreateContext();
        if (Provider == DatabaseProvider.Sqlite && db.Database.GetDbConnection().DataSource is { Length: > 0 } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }
        await db.Database.MigrateAsync(ct);
        if (Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers (the site) run beside the single writer; it persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    /// <summary>The SQLite connection string for a file.</summary>
    public static string SqliteConnectionString(string file) =>
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file), Pooling = true, DefaultTimeout = 30 }.ToString();
}
