using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Tests.Storage;

[Collection(PostgresCollection.Name)]
public class PostgresStoreTests(PostgresServer server)
{
    [Fact]
    public async Task Migrate_CreatesSchemaOnPostgres()
    {
        var cs = await server.RequireAsync();
        var ct = TestContext.Current.CancellationToken;
        var factory = new StoreFactory(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = cs }, Path.GetTempPath());
        await factory.MigrateAsync(ct);
        await factory.MigrateAsync(ct);

        await using var db = factory.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        Assert.False(db.Database.HasPendingModelChanges(), "run dotnet ef migrations add for the PostgreSQL context");
        db.Sources.Add(new SourceRecord { Key = "a", Name = "A", Url = "https://a.example/f", Type = "RSS" });
        await db.SaveChangesAsync(ct);
        Assert.Equal(1, await db.Sources.CountAsync(ct));
    }

    [Fact]
    public async Task Jobs_SameStageAndSubjectIsRejectedByTheSchema()
    {
        var cs = await server.RequireAsync();
        var ct = TestContext.Current.CancellationToken;
        var factory = new StoreFactory(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = cs }, Path.GetTempPath());
        await factory.MigrateAsync(ct);
        await using var db = factory.CreateContext();
        db.Jobs.Add(new JobRecord { Stage = "tag", SubjectId = 7, CreatedAt = DateTime.UtcNow, AvailableAt = DateTime.UtcNow });
        await db.SaveChangesAsync(ct);
        db.Jobs.Add(new JobRecord { Stage = "tag", SubjectId = 7, CreatedAt = DateTime.UtcNow, AvailableAt = DateTime.UtcNow });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }
}
