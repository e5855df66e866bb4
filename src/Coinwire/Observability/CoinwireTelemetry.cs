using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Coinwire.Observability;

/// <summary>
/// The pipeline's traces and metrics: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named
/// <see cref="Name"/>. Recording is free when nothing listens, so the pipeline calls these unconditionally; the host
/// decides what is exported (Prometheus, OTLP).
/// </summary>
public static class CoinwireTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "Coinwire";

    /// <summary>Traces: one activity per stage batch and per fetch.</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    /// <summary>Every Coinwire instrument.</summary>
    public static readonly Meter Meter = new(Name);

    private static readonly Counter<long> StageItemsIn = Meter.CreateCounter<long>("coinwire.stage.items.in", "{job}", "Jobs a stage claimed.");
    private static readonly Counter<long> StageItemsOut = Meter.CreateCounter<long>("coinwire.stage.items.out", "{job}", "Jobs a stage completed.");
    private static readonly Counter<long> StageErrors = Meter.CreateCounter<long>("coinwire.stage.errors", "{job}", "Jobs whose stage threw.");
    private static readonly Histogram<double> StageDuration = Meter.CreateHistogram<double>("coinwire.stage.duration", "s", "Time to run one stage batch.");
    private static readonly Counter<long> FetchRequests = Meter.CreateCounter<long>("coinwire.fetch.requests", "{request}", "Feed fetches by host and status.");
    private static readonly Histogram<double> FetchDuration = Meter.CreateHistogram<double>("coinwire.fetch.duration", "s", "Time to fetch one feed, redirects included.");
    private static readonly Counter<long> LlmTokens = Meter.CreateCounter<long>("coinwire.llm.tokens", "{token}", "Model tokens by model and direction (input, output).");
    private static readonly Counter<double> LlmCost = Meter.CreateCounter<double>("coinwire.llm.cost", "{currency}", "Model cost at the configured price per 1k tokens.");

    static CoinwireTelemetry()
    {
        Meter.CreateObservableGauge("coinwire.queue.jobs", PipelineGauges.QueueJobs, "{job}", "Jobs in the queue by stage and state.");
        Meter.CreateObservableGauge("coinwire.queue.oldest_due_age", PipelineGauges.OldestDueAge, "s", "Age of the oldest due pending job per stage.");
        Meter.CreateObservableGauge("coinwire.sources", PipelineGauges.Sources, "{source}", "Enabled sources, and of them those whose last fetch failed.");
    }

    /// <summary>
    /// Creates the observable gauges if nothing has touched this class yet. They are made in the static constructor,
    /// which runs on first use of a member; <see cref="Name"/> is a constant and does not count, so a listener or
    /// exporter that subscribed by name could otherwise scrape before the gauges exist.
    /// </summary>
    public static void EnsureGauges()
    {
    }

    /// <summary>Prices used for <c>coinwire.llm.cost</c>; the host sets them from configuration.</summary>
    public static LlmPriceTable LlmPrices { get; set; } = LlmPriceTable.Free;

    /// <summary>
    /// Starts a stage batch: counts the claimed jobs, opens an activity and a log scope (stage, job count). Dispose it
    /// when the batch ends; the batch's duration is recorded then.
    /// </summary>
    public static StageBatchScope StartStageBatch(ILogger logger, string stage, int jobs)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var tags = new TagList { { "stage", stage } };
        StageItemsIn.Add(jobs, tags);
        var activity = ActivitySource.StartActivity($"stage {stage}");
        activity?.SetTag("coinwire.stage", stage);
        activity?.SetTag("coinwire.item_count", jobs);
        var scope = logger.BeginScope(new Dictionary<string, object> { ["Stage"] = stage, ["BatchSize"] = jobs });
        return new StageBatchScope(stage, activity, scope, Stopwatch.GetTimestamp());
    }

    /// <summary>Counts jobs a stage completed.</summary>
    public static void StageCompleted(string stage, int jobs) => StageItemsOut.Add(jobs, new KeyValuePair<string, object?>("stage", stage));

    /// <summary>Counts a job whose stage threw.</summary>
    public static void StageFailed(string stage) => StageErrors.Add(1, new KeyValuePair<string, object?>("stage", stage));

    internal static void RecordStageDuration(string stage, TimeSpan elapsed) =>
        StageDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("stage", stage));

    /// <summary>
    /// Starts one source's poll: an activity and a log scope carrying the source key. Dispose it when the source's
    /// results are stored.
    /// </summary>
    public static FetchScope StartFetch(ILogger logger, string sourceKey, Uri url)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(url);
        var activity = ActivitySource.StartActivity("fetch", ActivityKind.Client);
        activity?.SetTag("coinwire.source", sourceKey);
        activity?.SetTag("server.address", Common.HttpUrls.HostKey(url));
        var scope = logger.BeginScope(new Dictionary<string, object> { ["SourceKey"] = sourceKey });
        return new FetchScope(activity, scope);
    }

    /// <summary>Counts one finished fetch by host, HTTP status (<c>none</c> when no response came) and outcome.</summary>
    public static void RecordFetch(string host, int? httpStatus, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "host", host }, { "status", httpStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none" }, { "outcome", outcome } };
        FetchRequests.Add(1, tags);
        FetchDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("host", host));
    }

    /// <summary>Counts one model answer's tokens and their cost at <see cref="LlmPrices"/>.</summary>
    public static void RecordLlmUsage(string model, long inputTokens, long outputTokens)
    {
        LlmTokens.Add(inputTokens, new TagList { { "model", model }, { "direction", "input" } });
        LlmTokens.Add(outputTokens, new TagList { { "model", model }, { "direction", "output" } });
        var cost = LlmPrices.Cost(model, inputTokens, outputTokens);
        if (cost > 0)
        {
            LlmCost.Add(cost, new KeyValuePair<string, object?>("model", model));
        }
    }
}
