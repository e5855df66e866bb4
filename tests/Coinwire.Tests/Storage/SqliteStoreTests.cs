using Coinwire.Storage.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Tests.Storage;

public class SqliteStoreTests
{
    [Fact]
    public async Task Migrate_CreatesFileInDataFolderInWalMode()
    {
        await using var store = await TempStore.CreateAsync();
        Assert.True(File.Exists(Path.Combine(store.Dir, "coinwire.db")));
        await using var db = store.Factory.CreateContext();
        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal("wal", Assert.Single(mode));
    }

    [Fact]
    public async Task Connections_OpenedDirectlyStillGetSynchronousNormal()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Factory.CreateContext();
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync(TestContext.Current.CancellationToken);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA synchronous";
        // 1 = NORMAL (2 = FULL, the default).
        Assert.Equal(1L, await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Migrate_IsIdempotent()
    {
        await using var store = await TempStore.CreateAsync();
        await store.Factory.MigrateAsync(TestContext.Current.CancellationToken);
        await using var db = store.Factory.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Migrations_MatchTheModel()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Factory.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(), "run dotnet ef migrations add for the SQLite context");
    }

    [Fact]
    public async Task Items_SameExternalIdFromSameSourceIsRejectedByTheSchema()
    {
        await using var store = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var db = store.Factory.CreateContext();
        var source = new SourceRecord { Key = "a", Name = "A", Url = "https://a.example/f", Type = "RSS" };
        db.Sources.Add(source);
        await db.SaveChangesAsync(ct);
        db.Items.Add(NewItem(source.Id, "guid-1"));
        await db.SaveChangesAsync(ct);

        db.Items.Add(NewItem(source.Id, "guid-1"));
        var e = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
        Assert.Equal(19, Assert.IsType<SqliteException>(e.InnerException).SqliteErrorCode); // SQLITE_CONSTRAINT
    }

    [Fact]
    public async Task DateTimes_ComeBackAsUtc()
    {
        await using var store = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var published = new DateTime(2026, 2, 4, 2, 25, 9, 123, DateTimeKind.Utc);
        await using (var db = store.Factory.CreateContext())
        {
            var source = new SourceRecord { Key = "a", Name = "A", Url = "https://a.example/f", Type = "RSS" };
            db.Sources.Add(source);
            await db.SaveChangesAsync(ct);
            var item = NewItem(source.Id, "x");
            item.PublishedAt = published;
            db.Items.Add(item);
            await db.SaveChangesAsync(ct);
        }
        await using (var db = store.Factory.CreateContext())
        {
            var read = await db.Items.SingleAsync(ct);
            Assert.Equal(DateTimeKind.Utc, read.PublishedAt.Kind);
            Assert.Equal(published, read.PublishedAt);
            Assert.Equal(1, await db.Items.CountAsync(i => i.PublishedAt > published.AddSeconds(-1), ct));
        }
    }

    private static ItemRecord NewItem(int sourceId, string externalId) => new()
    {
        SourceId = sourceId,
        ExternalId = externalId,
        ContentHash = new string('0', 64),
        Title = "Bitcoin rallies",
        PublishedAt = DateTime.UtcNow,
        FetchedAt = DateTime.UtcNow,
    };
}
