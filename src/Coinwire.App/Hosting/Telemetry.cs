using Coinwire.Observability;
using Coinwire.Storage;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Coinwire.App.Hosting;

/// <summary>
/// Wires OpenTelemetry into the web app: the <see cref="CoinwireTelemetry"/> meter and activity source with ASP.NET
/// Core instrumentation, Prometheus scraping at <c>/metrics</c>, and OTLP export when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Workers without a web app use <see cref="TelemetryWorker"/>.
/// </summary>
public static class Telemetry
{
    /// <summary>The Prometheus scrape path.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Adds metrics, traces and the pipeline gauges over <paramref name="store"/> to the web app.</summary>
    public static void AddCoinwireTelemetry(this WebApplicationBuilder builder, StoreFactory store)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = TelemetryOptions.From(builder.Configuration);
        options.ApplyPrices();
        builder.Services.AddSingleton(new PipelineGauges(store, options.SnapshotCache));
        builder.Services.AddOpenTelemetry().AddCoinwire(options.ServiceName, prometheus: true, aspNetCore: true);
    }

    /// <summary>Maps <c>/metrics</c> and has the gauges report the app's store.</summary>
    public static void MapCoinwireMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<PipelineGauges>().Attach();
        app.MapPrometheusScrapingEndpoint(MetricsPath);
    }

    /// <summary>The Coinwire meter and source, Prometheus and ASP.NET Core instrumentation when asked, OTLP when configured.</summary>
    internal static OpenTelemetryBuilder AddCoinwire(this OpenTelemetryBuilder otel, string serviceName, bool prometheus, bool aspNetCore)
    {
        var otlp = TelemetryOptions.OtlpConfigured;
        return otel
            .ConfigureResource(r => r.AddService(serviceName))
            .WithMetrics(m =>
            {
                m.AddMeter(CoinwireTelemetry.Name);
                if (aspNetCore)
                {
                    m.AddAspNetCoreInstrumentation();
                }
                if (prometheus)
                {
                    m.AddPrometheusExporter();
                }
                if (otlp)
                {
                    m.AddOtlpExporter();
                }
            })
            .WithTracing(t =>
            {
                t.AddSource(CoinwireTelemetry.Name);
                if (aspNetCore)
                {
                    // Scrapes and probes every few seconds would drown the traces that matter.
                    t.AddAspNetCoreInstrumentation(o => o.Filter = ctx => !IsProbe(ctx.Request.Path));
                }
                if (otlp)
                {
                    t.AddOtlpExporter();
                }
            });
    }

    private static bool IsProbe(PathString path) =>
        path == MetricsPath || path == HealthEndpoints.LivePath || path == HealthEndpoints.ReadyPath || path == "/healthz";
}
