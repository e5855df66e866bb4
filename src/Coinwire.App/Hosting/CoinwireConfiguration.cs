namespace Coinwire.App.Hosting;

/// <summary>
/// Configuration for every command: <c>appsettings.json</c> beside the executable, then one in the current folder,
/// then environment variables with the <c>COINWIRE__</c> prefix (<c>COINWIRE__Database__Provider=Postgres</c>).
/// Secrets belong in the environment, never in these files.
/// </summary>
public static class CoinwireConfiguration
{
    /// <summary>The environment-variable prefix.</summary>
    public const string EnvironmentPrefix = "COINWIRE__";

    /// <summary>Builds the configuration.</summary>
    public static IConfigurationRoot Build() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .Build();
}
