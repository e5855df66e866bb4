using Coinwire.Observability;
using Coinwire.Storage;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Coinwire.App.Hosting;

/// <summary>
/// Telemetry for <c>coinwire ingest</c>, which has no web app: with <c>Telemetry:MetricsPort</c> a small Kestrel
/// listener serves <c>/metrics</c>, <c>/livez</c> and <c>/readyz</c> (so orchestrators can scrape and probe each
/// worker); without it, traces and metrics still go to OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// Dispose it to flush and stop.
/// </summary>
public sealed class TelemetryWorker : IAsyncDisposable
{
    private readonly PipelineGauges gauges;
    private readonly WebApplication? listener;
    private readonly ServiceProvider? exporters;

    private TelemetryWorker(PipelineGauges gauges, WebApplication? listener, ServiceProvider? exporters)
    {
        this.gauges = gauges;
        this.listener = listener;
        this.exporters = exporters;
    }

    /// <summary>Where the listener answers, or null without one.</summary>
    public Uri? Address => listener?.Urls.FirstOrDefault() is { } url ? new Uri(url) : null;

    /// <summary>Starts what the configuration asks for.</summary>
    public static async Task<TelemetryWorker> StartAsync(StoreFactory store, IConfiguration configuration, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = TelemetryOptions.From(configuration);
        options.ApplyPrices();
        var gauges = new PipelineGauges(store, options.SnapshotCache).Attach();
        var service = options.ServiceName + "-worker";
        if (options.MetricsPort is { } port)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls($"http://{options.MetricsHost}:{port}");
            builder.Services.AddSingleton(store).AddSingleton(gauges).AddCoinwireHealthChecks(configuration);
            builder.Services.AddOpenTelemetry().AddCoinwire(service, prometheus: true, aspNetCore: false);
            var app = builder.Build();
            app.MapPrometheusScrapingEndpoint(Telemetry.MetricsPath);
            app.MapCoinwireHealth();
            await app.StartAsync(ct);
            return new TelemetryWorker(gauges, app, null);
        }
        if (!TelemetryOptions.OtlpConfigured)
        {
            return new TelemetryWorker(gauges, null, null);
        }
        var services = new ServiceCollection();
        services.AddOpenTelemetry().AddCoinwire(service, prometheus: false, aspNetCore: false);
        var provider = services.BuildServiceProvider();
        // Without a host nothing starts the providers: resolving them does.
        provider.GetRequiredService<MeterProvider>();
        provider.GetRequiredService<TracerProvider>();
        return new TelemetryWorker(gauges, null, provider);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (listener is not null)
        {
            await listener.StopAsync(CancellationToken.None);
            await listener.DisposeAsync();
        }
        if (exporters is not null)
        {
            await exporters.DisposeAsync();
        }
        gauges.Dispose();
    }
}
