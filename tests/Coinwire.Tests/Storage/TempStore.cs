using Coinwire.Storage;

namespace Coinwire.Tests.Storage;

/// <summary>A SQLite store in a fresh temp folder, deleted on dispose.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private TempStore(string dir, StoreFactory factory)
    {
        Dir = dir;
        Factory = factory;
    }

    public string Dir { get; }

    public StoreFactory Factory { get; }

    public static async Task<TempStore> CreateAsync()
    {
        var dir = Path.Combine(Path.GetTempPath(), "coinwire-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var factory = new StoreFactory(new DatabaseOptions(), dir);
        await factory.MigrateAsync();
        return new TempStore(dir, factory);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // A test that left a reader open should not fail on cleanup.
        }
        return ValueTask.CompletedTask;
    }
}
