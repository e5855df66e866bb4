using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Coinwire.Storage;

namespace Coinwire.Observability;

/// <summary>
/// Serves the observable gauges from cached <see cref="PipelineSnapshot"/>s: a scrape reads the store at most once per
/// <see cref="CacheFor"/>, however often Prometheus (or several scrapers) ask. Thread-safe.
/// </summary>
public sealed class PipelineGauges : IDisposable
{
    private static readonly ConcurrentDictionary<PipelineGauges, bool> Attached = new();

    private readonly StoreFactory store;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private (PipelineSnapshot Snapshot, DateTimeOffset At)? cached;

    /// <summary>Gauges over <paramref name="store"/>; call <see cref="Attach"/> to have the meter report them.</summary>
    public PipelineGauges(StoreFactory store, TimeSpan? cacheFor = null, TimeProvider? clock = null)
    {
        this.store = store;
        time = clock ?? TimeProvider.System;
        CacheFor = cacheFor ?? TimeSpan.FromSeconds(5);
    }

    /// <summary>How long a snapshot is reused.</summary>
    public TimeSpan CacheFor { get; }

    /// <summary>The latest snapshot, read from the store when the cached one is older than <see cref="CacheFor"/>.</summary>
    public PipelineSnapshot Current()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (cached is not { } c || now - c.At >= CacheFor)
            {
                cached = (PipelineSnapshot.Read(store, now), now);
            }
            return cached.Value.Snapshot;
        }
    }

    /// <summary>Makes the process's <c>coinwire.queue.*</c> and <c>coinwire.sources</c> gauges report this store until disposed.</summary>
    public PipelineGauges Attach()
    {
        CoinwireTelemetry.EnsureGauges();
        Attached[this] = true;
        return this;
    }

    /// <inheritdoc />
    public void Dispose() => Attached.TryRemove(this, out _);

    internal static IEnumerable<Measurement<long>> QueueJobs() =>
        Snapshots().SelectMany(s => s.Queue).Select(q => new Measurement<long>(q.Count,
            new KeyValuePair<string, object?>("stage", q.Stage), new KeyValuePair<string, object?>("state", q.State.ToString().ToLowerInvariant())));

    internal static IEnumerable<Measurement<double>> OldestDueAge() =>
        Snapshots().SelectMany(s => s.OldestDueAge).Select(a => new Measurement<double>(a.Value.TotalSeconds, new KeyValuePair<string, object?>("stage", a.Key)));

    internal static IEnumerable<Measurement<long>> Sources() =>
        Snapshots().SelectMany(s => new[]
        {
            new Measurement<long>(s.EnabledSources, new KeyValuePair<string, object?>("state", "enabled")),
            new Measurement<long>(s.FailingSources, new KeyValuePair<string, object?>("state", "failing")),
        });

    private static List<PipelineSnapshot> Snapshots()
    {
        var snapshots = new List<PipelineSnapshot>();
        foreach (var gauges in Attached.Keys)
        {
            try
            {
                snapshots.Add(gauges.Current());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One store failing (unreachable, busy, disposed) must not drop every store's gauges from the scrape;
                // readiness reports the store itself.
            }
        }
        return snapshots;
    }
}
