using Coinwire.Observability;

namespace Coinwire.App.Hosting;

/// <summary>Settings of metrics and traces, bound from the <c>Telemetry</c> section.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Telemetry";

    /// <summary>
    /// For <c>coinwire ingest</c> (no web app): serve <c>/metrics</c>, <c>/livez</c> and <c>/readyz</c> on
    /// <c>http://MetricsHost:PORT/</c>. Unset means no listener. The web app serves them on its own port.
    /// </summary>
    public int? MetricsPort { get; set; }

    /// <summary>The address the worker's metrics listener binds (default <c>*</c>, every interface; <c>localhost</c> keeps it local).</summary>
    public string MetricsHost { get; set; } = "*";

    /// <summary>How long a queue/source snapshot serves the gauges and readiness before the store is read again (default 5 s).</summary>
    public TimeSpan SnapshotCache { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Price of models not listed in <see cref="LlmPrices"/> (default: free).</summary>
    public LlmPrice LlmPrice { get; set; } = new();

    /// <summary>Per-model prices (<c>Telemetry:LlmPrices:0:Model</c>, <c>…:InputPer1k</c>, <c>…:OutputPer1k</c>).</summary>
    public List<LlmPrice> LlmPrices { get; set; } = [];

    /// <summary>The service name on traces and metrics.</summary>
    public string ServiceName { get; set; } = "coinwire";

    /// <summary>Reads the section from <paramref name="configuration"/>.</summary>
    public static TelemetryOptions From(IConfiguration configuration)
    {
        var options = new TelemetryOptions();
        configuration.GetSection(Section).Bind(options);
        return options;
    }

    /// <summary>Whether an OTLP collector is configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; the exporter reads the rest of its <c>OTEL_*</c> variables itself).</summary>
    public static bool OtlpConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"));

    /// <summary>Sets <see cref="CoinwireTelemetry.LlmPrices"/> when prices are configured; otherwise leaves it alone.</summary>
    public void ApplyPrices()
    {
        if (LlmPrice.InputPer1k != 0 || LlmPrice.OutputPer1k != 0 || LlmPrices.Count > 0)
        {
            CoinwireTelemetry.LlmPrices = new LlmPriceTable(LlmPrice, LlmPrices);
        }
    }
}
