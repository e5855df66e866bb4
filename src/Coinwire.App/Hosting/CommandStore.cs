using Coinwire.App.Cli;
using Coinwire.Storage;

namespace Coinwire.App.Hosting;

/// <summary>Opens the store for a command: reads <c>Database</c> options and creates or migrates the schema first.</summary>
public static class CommandStore
{
    /// <summary>The migrated store for <paramref name="dataDir"/>.</summary>
    /// <exception cref="CliException">The configuration is invalid or the store cannot be reached.</exception>
    public static async Task<StoreFactory> OpenAsync(string dataDir, CancellationToken ct)
    {
        var options = new DatabaseOptions();
        try
        {
            CoinwireConfiguration.Build().GetSection(DatabaseOptions.Section).Bind(options);
        }
        catch (InvalidOperationException e)
        {
            throw new CliException($"invalid Database configuration: {e.Message}");
        }

        StoreFactory store;
        try
        {
            Directory.CreateDirectory(dataDir);
            store = new StoreFactory(options, Path.GetFullPath(dataDir));
            await store.MigrateAsync(ct);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or ArgumentException)
        {
            // Connection strings may hold passwords: report the provider, never the string.
            throw new CliException($"cannot open the {options.Provider} store: {FirstLine(e.Message)}");
        }
        return store;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
