using Coinwire.Fetching;
using Coinwire.Pipeline;
using Coinwire.Storage;

namespace Coinwire.App.Hosting;

/// <summary>The services a pipeline command needs: configuration, logging to stderr, the fetcher, the queue and the stages.</summary>
public static class PipelineServices
{
    /// <summary>Builds the container around an opened <paramref name="store"/>.</summary>
    public static ServiceProvider Build(StoreFactory store, IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(b => b
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; })
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("System.Net.Http", LogLevel.Warning)
            // Polly logs each retried connection failure with a full stack trace; the fetch outcome is logged by us.
            .AddFilter("Polly", LogLevel.Error)
            .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddFetching();
        services.AddSingleton(store);
        services.AddSingleton(sp => new JobQueue(store, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IngestService>();
        services.AddSingleton<ClusterStage>();
        services.AddSingleton(_ => new EnrichStage());
        return services.BuildServiceProvider();
    }

    /// <summary>The queue-driven stages in pipeline order.</summary>
    public static IReadOnlyList<IPipelineStage> Stages(IServiceProvider services) =>
        [services.GetRequiredService<ClusterStage>(), services.GetRequiredService<EnrichStage>()];
}
