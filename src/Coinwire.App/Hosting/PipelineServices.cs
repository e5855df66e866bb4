using Coinwire.Alerts;
using Coinwire.Fetching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Coinwire.Images;
using Coinwire.Rewriting;
using Coinwire.Pipeline;
using Coinwire.Storage;

namespace Coinwire.App.Hosting;

/// <summary>The services a pipeline command needs: configuration, logging to stderr, the fetcher, the queue and the stages.</summary>
public static class PipelineServices
{
    /// <summary>Builds the container around an opened <paramref name="store"/>.</summary>
    public static ServiceProvider Build(StoreFactory store, IConfiguration configuration, string dataDir)
    {
        // Generated covers and the rewrite cache live under the data folder unless configured elsewhere.
        configuration = WithDefaults(configuration, dataDir);
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(b => b
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddCoinwireConsole(configuration, o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; })
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("System.Net.Http", LogLevel.Warning)
            // Polly logs each retried connection failure with a full stack trace; the fetch outcome is logged by us.
            .AddFilter("Polly", LogLevel.Error)
            .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddFetching();
        services.AddSingleton(store);
        services.AddSingleton(sp => new JobQueue(store, sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section)
            .Validate(o => o.JobLease > TimeSpan.Zero && o.SourceLease > TimeSpan.Zero, "Ingest:JobLease and Ingest:SourceLease must be positive");
        services.AddSingleton<IngestService>();
        services.AddSingleton<ClusterStage>();
        services.AddSingleton(sp => new EnrichStage(sp.GetRequiredService<JobQueue>()));
        services.AddRewriting();
        services.AddImages();
        AddComposer(services, configuration);
        services.AddSingleton<PublishStage>();
        services.AddAlerts();
        return services.BuildServiceProvider();
    }

    /// <summary>Just what writing articles needs (rewriter, covers, composer), for <c>rewrite --from-feed</c> without a store.</summary>
    public static ServiceProvider BuildComposer(IConfiguration configuration, string dataDir)
    {
        var merged = WithDefaults(configuration, dataDir);
        var services = new ServiceCollection();
        services.AddSingleton(merged);
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddRewriting();
        services.AddImages();
        AddComposer(services, merged);
        return services.BuildServiceProvider();
    }

    private static IConfiguration WithDefaults(IConfiguration configuration, string dataDir) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Images:DataDirectory"] = dataDir,
                ["Llm:CacheDirectory"] = Path.Combine(dataDir, "llm-cache"),
                ["Site:BaseUrl"] = "http://localhost:5080/",
            })
            .AddConfiguration(configuration)
            .Build();

    private static void AddComposer(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(sp => new ArticleComposer(sp.GetRequiredService<IRewriter>(), sp.GetRequiredService<CoverImageResolver>(),
            new Uri(configuration["Site:BaseUrl"] ?? "http://localhost:5080/"), sp.GetRequiredService<TimeProvider>()));

    /// <summary>The queue-driven stages in pipeline order.</summary>
    public static IReadOnlyList<IPipelineStage> Stages(IServiceProvider services) =>
        [services.GetRequiredService<ClusterStage>(), services.GetRequiredService<EnrichStage>(), services.GetRequiredService<PublishStage>(),
            services.GetRequiredService<AlertStage>()];
}
