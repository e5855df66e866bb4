using Coinwire.Storage;
using Coinwire.Storage.Entities;

namespace Coinwire.Observability;

/// <summary>Jobs of one stage in one state.</summary>
/// <param name="Stage">The stage name.</param>
/// <param name="State">The job state.</param>
/// <param name="Count">How many jobs.</param>
public readonly record struct QueueCount(string Stage, JobStatus State, int Count);

/// <summary>
/// What the gauges and readiness checks read from the store at one moment: open jobs per stage and state, how long
/// the oldest due job of each stage has waited, and how many enabled sources are failing.
/// </summary>
/// <param name="Queue">Pending, running and failed jobs per stage (done jobs are history, not depth).</param>
/// <param name="OldestDueAge">Per stage, the wait of its oldest pending job that is due.</param>
/// <param name="EnabledSources">Enabled polled sources.</param>
/// <param name="FailingSources">Of those, the ones whose last fetch failed.</param>
public sealed record PipelineSnapshot(IReadOnlyList<QueueCount> Queue, IReadOnlyDictionary<string, TimeSpan> OldestDueAge, int EnabledSources, int FailingSources)
{
    /// <summary>The longest wait of any due job; zero when none is due.</summary>
    public TimeSpan QueueLag => OldestDueAge.Values.DefaultIfEmpty(TimeSpan.Zero).Max();

    /// <summary>Failing sources as a share of enabled ones (0 without sources).</summary>
    public double FailingShare => EnabledSources == 0 ? 0 : (double)FailingSources / EnabledSources;

    /// <summary>
    /// Reads a snapshot. Synchronous on purpose: gauge callbacks are synchronous, and blocking on a few indexed
    /// queries every few seconds is cheaper than sync-over-async.
    /// </summary>
    public static PipelineSnapshot Read(StoreFactory store, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var db = store.CreateContext();
        // The (Status, Stage, AvailableAt) index serves both queue queries without touching done rows.
        var queue = db.Jobs.Where(j => j.Status != JobStatus.Done)
            .GroupBy(j => new { j.Stage, j.Status })
            .Select(g => new { g.Key.Stage, g.Key.Status, Count = g.Count() })
            .AsEnumerable()
            .Select(g => new QueueCount(g.Stage, g.Status, g.Count))
            .ToList();
        var at = now.UtcDateTime;
        var oldest = db.Jobs.Where(j => j.Status == JobStatus.Pending && j.AvailableAt <= at)
            .GroupBy(j => j.Stage)
            .Select(g => new { Stage = g.Key, Oldest = g.Min(j => j.AvailableAt) })
            .AsEnumerable()
            .ToDictionary(g => g.Stage, g => at - g.Oldest);
        var sources = db.Sources.Where(s => s.Enabled && s.Type != "MANUAL")
            .GroupBy(_ => 1)
            .Select(g => new { Enabled = g.Count(), Failing = g.Count(s => s.ErrorCount > 0) })
            .FirstOrDefault();
        return new PipelineSnapshot(queue, oldest, sources?.Enabled ?? 0, sources?.Failing ?? 0);
    }
}
