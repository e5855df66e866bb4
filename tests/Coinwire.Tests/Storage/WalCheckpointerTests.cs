using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Tests.Storage;

/// <summary>The background WAL checkpoint of a SQLite store, on temp files.</summary>
public sealed class WalCheckpointerTests : IAsyncLifetime
{
    private TempStore temp = null!;

    // Other tests clear the connection pools, and SQLite checkpoints when the last connection closes: one that has
    // read (so holds its shared lock in WAL mode) stays open.
    private SqliteConnection keeper = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        temp = await TempStore.CreateAsync();
        await using var db = temp.Factory.CreateContext();
        db.Sources.Add(new SourceRecord { Key = "s", Name = "S", Url = "https://s.example/feed", Type = "RSS" });
        await db.SaveChangesAsync(Ct);
        keeper = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbFile, Pooling = false }.ToString());
        await keeper.OpenAsync(Ct);
        await using var read = keeper.CreateCommand();
        read.CommandText = "SELECT count(*) FROM sources";
        await read.ExecuteScalarAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await keeper.DisposeAsync();
        await temp.DisposeAsync();
    }

    private string DbFile => Path.Combine(temp.Dir, "coinwire.db");

    /// <summary>Writes <paramref name="rows"/> fetch-log rows (~100 KiB each) as the writer does: automatic checkpoint per the checkpointer.</summary>
    private async Task WriteAsWriterAsync(WalCheckpointer checkpointer, int rows)
    {
        await using var db = temp.Factory.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(Ct);
        checkpointer.SetWriterAutoCheckpoint(db);
        var source = await db.Sources.SingleAsync(Ct);
        var entries = Enumerable.Range(0, rows).Select(i => new FetchLogEntry
        {
            SourceId = source.Id, StartedAt = DateTime.UtcNow, Outcome = "Ok", Error = new string((char)('a' + (i % 26)), 100_000),
        }).ToList();
        await FetchLogInsert.InsertAsync(db, entries, Ct);
        await tx.CommitAsync(Ct);
        checkpointer.Written(rows);
    }

    private static async Task<long> PragmaAsync(CoinwireDbContext db, string pragma)
    {
        await db.Database.OpenConnectionAsync(Ct);
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = "PRAGMA " + pragma;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Writer_LeavesTheWalToTheBackgroundCheckpoint_WhichCopiesItIntoTheDatabaseFile()
    {
        var checkpointer = new WalCheckpointer(temp.Factory);
        var before = new FileInfo(DbFile).Length;
        await WriteAsWriterAsync(checkpointer, WalCheckpointer.CheckpointEveryRows - 1);
        Assert.Equal(before, new FileInfo(DbFile).Length);
        Assert.Equal(0, checkpointer.Checkpoints);

        await WriteAsWriterAsync(checkpointer, 1);
        await checkpointer.WhenIdleAsync();
        Assert.Equal(1, checkpointer.Checkpoints);
        Assert.True(checkpointer.WalPages > 5_000, $"WAL pages {checkpointer.WalPages}");
        Assert.True(new FileInfo(DbFile).Length > before + (WalCheckpointer.CheckpointEveryRows * 100_000L), "the rows were copied into the database file");
    }

    [Fact]
    public async Task Writer_ChecksItselfAgain_WhenTheLogOutgrowsTheLimit()
    {
        var checkpointer = new WalCheckpointer(temp.Factory, maxWalPages: 1_000);
        await using (var db = temp.Factory.CreateContext())
        {
            await db.Database.OpenConnectionAsync(Ct);
            checkpointer.SetWriterAutoCheckpoint(db);
            Assert.Equal(0, await PragmaAsync(db, "wal_autocheckpoint"));
        }
        await WriteAsWriterAsync(checkpointer, WalCheckpointer.CheckpointEveryRows);
        await checkpointer.WhenIdleAsync();
        Assert.True(checkpointer.Behind);
        await using (var db = temp.Factory.CreateContext())
        {
            await db.Database.OpenConnectionAsync(Ct);
            checkpointer.SetWriterAutoCheckpoint(db);
            Assert.Equal(1_000, await PragmaAsync(db, "wal_autocheckpoint"));
        }
    }

    [Fact]
    public async Task PooledConnection_GetsTheDefaultAutomaticCheckpointBack()
    {
        var checkpointer = new WalCheckpointer(temp.Factory);
        await using (var writer = temp.Factory.CreateContext())
        {
            await writer.Database.OpenConnectionAsync(Ct);
            checkpointer.SetWriterAutoCheckpoint(writer);
            Assert.Equal(0, await PragmaAsync(writer, "wal_autocheckpoint"));
        }
        await using var next = temp.Factory.CreateContext();
        Assert.Equal(1_000, await PragmaAsync(next, "wal_autocheckpoint"));
    }

    [Fact]
    public void Constructor_RefusesAStoreWithoutWal()
    {
        var postgres = new StoreFactory(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=127.0.0.1" }, temp.Dir);
        Assert.Throws<ArgumentException>(() => new WalCheckpointer(postgres));
    }
}
