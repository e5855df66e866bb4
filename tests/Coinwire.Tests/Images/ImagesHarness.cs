using Coinwire.Fetching;
using Coinwire.Images;
using Coinwire.Tests.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coinwire.Tests.Images;

/// <summary>
/// The fetching and images services as the app wires them, with test settings: private networks allowed for page fetches
/// (the loopback test server), no host delay, a temporary data directory, every log entry captured.
/// </summary>
internal sealed class ImagesHarness : IDisposable
{
    private readonly ServiceProvider _services;

    private ImagesHarness(ServiceProvider services, LoopbackOnlyConnector connector, CapturingLoggerProvider logs, string dataDirectory)
    {
        _services = services;
        Connector = connector;
        Logs = logs;
        DataDirectory = dataDirectory;
    }

    public LoopbackOnlyConnector Connector { get; }

    public CapturingLoggerProvider Logs { get; }

    public string DataDirectory { get; }

    public CoverImageResolver Resolver => _services.GetRequiredService<CoverImageResolver>();

    public UnsplashClient Client => _services.GetRequiredService<UnsplashClient>();

    public UnsplashRateLimit RateLimit => _services.GetRequiredService<UnsplashRateLimit>();

    public OgImageFinder OgImages => new(_services.GetRequiredService<FeedFetcher>(), _services.GetRequiredService<ILogger<OgImageFinder>>());

    /// <summary>A harness whose Unsplash is <paramref name="unsplash"/> (with the test key) or unconfigured.</summary>
    public static ImagesHarness Create(
        FakeUnsplash? unsplash = null, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "coinwire-images-" + Guid.NewGuid().ToString("N"));
        var values = new Dictionary<string, string?>
        {
            ["Fetching:AllowPrivateNetworks"] = "true",
            ["Fetching:MinHostDelay"] = "00:00:00",
            ["Fetching:Timeout"] = "00:00:10",
            ["Images:DataDirectory"] = dataDirectory,
        };
        if (unsplash is not null)
        {
            values["Unsplash:AccessKey"] = FakeUnsplash.Key;
            values["Unsplash:BaseUrl"] = unsplash.BaseUri.ToString();
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;

        var connector = new LoopbackOnlyConnector();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(b => b.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<ITcpConnector>(connector);
        if (time is not null)
            services.AddSingleton(time);
        services.AddFetching();
        services.AddImages();
        return new ImagesHarness(services.BuildServiceProvider(), connector, logs, dataDirectory);
    }

    public static CoverRequest Bitcoin => new() { Category = "BTC", PrimaryCoin = new CoverCoin("BTC", "Bitcoin"), Title = "Bitcoin slides" };

    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(DataDirectory))
            Directory.Delete(DataDirectory, recursive: true);
    }
}
