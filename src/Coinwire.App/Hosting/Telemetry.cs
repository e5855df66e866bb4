using Coinwire.Observability;
using Coinwire.Storage;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Coinwire.App.Hosting;

/// <summary>
/// Wires OpenTelemetry: the <see cref="CoinwireTelemetry"/> meter and activity source, Prometheus scraping (the web
/// app's <c>/metrics</c>, or a worker's <c>Telemetry:MetricsPort</c>) and OTLP export when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public static class Telemetry
{
    /// <summary>The Prometheus scrape path.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Adds metrics and traces (with ASP.NET Core instrumentation) and the pipeline gauges to the web app.</summary>
    public static void AddCoinwireTelemetry(this WebApplicationBuilder builder, StoreFactory store)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = TelemetryOptions.From(builder.Configuration);
        CoinwireTelemetry.LlmPrices = options.PriceTable();
        builder.Services.AddSingleton(new PipelineGauges(store, options.SnapshotCache));
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName))
            .WithMetrics(m =>
            {
                m.AddMeter(CoinwireTelemetry.Name).AddAspNetCoreInstrumentation().AddPrometheusExporter();
                if (TelemetryOptions.OtlpConfigured)
                {
                    m.AddOtlpExporter();
                }
            })
            .WithTracing(t =>
            {
                t.AddSource(CoinwireTelemetry.Name).AddAspNetCoreInstrumentation(o => o.Filter = ctx => ctx.Request.Path != MetricsPath);
                if (TelemetryOptions.OtlpConfigured)
                {
                    t.AddOtlpExporter();
                }
            });
    }

    /// <summary>Maps <c>/metrics</c> and has the gauges report the app's store.</summary>
    public static void MapCoinwireMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<PipelineGauges>().Attach();
        app.MapPrometheusScrapingEndpoint(MetricsPath);
    }

    /// <summary>
    /// Starts telemetry for a process without a web app (<c>coinwire ingest</c>): the Prometheus listener on
    /// <c>Telemetry:MetricsPort</c> when set, OTLP when configured. Dispose it to flush and stop.
    /// </summary>
    public static IDisposable StartWorker(StoreFactory store, IConfiguration configuration)
    {
        var options = TelemetryOptions.From(configuration);
        CoinwireTelemetry.LlmPrices = options.PriceTable();
        var parts = new List<IDisposable> { new PipelineGauges(store, options.SnapshotCache).Attach() };
        var otlp = TelemetryOptions.OtlpConfigured;
        if (options.MetricsPort is { } port || otlp)
        {
            var metrics = Sdk.CreateMeterProviderBuilder()
                .ConfigureResource(r => r.AddService(options.ServiceName + "-worker"))
                .AddMeter(CoinwireTelemetry.Name);
            if (options.MetricsPort is { } listen)
            {
                metrics.AddPrometheusHttpListener(o =>
                {
                    o.Host = options.MetricsHost;
                    o.Port = listen;
                });
            }
            if (otlp)
            {
                metrics.AddOtlpExporter();
            }
            parts.Add(metrics.Build());
        }
        if (otlp)
        {
            parts.Add(Sdk.CreateTracerProviderBuilder()
                .ConfigureResource(r => r.AddService(options.ServiceName + "-worker"))
                .AddSource(CoinwireTelemetry.Name).AddOtlpExporter().Build());
        }
        return new Disposables(parts);
    }

    private sealed class Disposables(List<IDisposable> parts) : IDisposable
    {
        public void Dispose()
        {
            // Providers first (they flush through the gauges), the gauges' registration last.
            for (var i = parts.Count - 1; i >= 0; i--)
            {
                parts[i].Dispose();
            }
        }
    }
}
