using System.Diagnostics;
using Coinwire.Pipeline;
using Coinwire.Storage;

namespace Coinwire.Benchmarks.Ingest;

/// <summary>Wraps a stage to add up the time spent in <see cref="IPipelineStage.ProcessAsync"/>.</summary>
internal sealed class TimedStage(IPipelineStage inner) : IPipelineStage
{
    public TimeSpan Elapsed { get; private set; }

    public string Name => inner.Name;

    public int Version => inner.Version;

    public async Task ProcessAsync(CoinwireDbContext db, IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await inner.ProcessAsync(db, jobs, ct);
        }
        finally
        {
            Elapsed += Stopwatch.GetElapsedTime(started);
        }
    }
}
