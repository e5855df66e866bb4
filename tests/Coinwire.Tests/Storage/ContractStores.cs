using Coinwire.Storage;

namespace Coinwire.Tests.Storage;

/// <summary>
/// Stores for the contract tests that run once per provider: SQLite temp files (deleted on dispose) or the throwaway
/// PostgreSQL cluster.
/// </summary>
public sealed class ContractStores : IAsyncDisposable
{
    private readonly List<TempStore> temps = [];

    /// <summary>A new SQLite store, deleted when this object is disposed.</summary>
    public async Task<StoreFactory> SqliteAsync()
    {
        var store = await TempStore.CreateAsync();
        temps.Add(store);
        return store.Factory;
    }

    /// <summary>The PostgreSQL cluster's store, migrated (the test skips when no cluster can start).</summary>
    public static async Task<StoreFactory> PostgresAsync(PostgresServer server)
    {
        var factory = new StoreFactory(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = await server.RequireAsync() }, Path.GetTempPath());
        await factory.MigrateAsync(TestContext.Current.CancellationToken);
        return factory;
    }

    /// <summary>
    /// Runs a write that races other writers. SQLite allows one writer; on a loaded machine a concurrent writer may see
    /// SQLITE_BUSY past the timeout, which is the database saying "later", not a failure of the code under test.
    /// </summary>
    public static async Task<T> RetryBusyAsync<T>(Func<Task<T>> write)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode == 5 && attempt < 20)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var store in temps)
        {
            await store.DisposeAsync();
        }
    }
}
