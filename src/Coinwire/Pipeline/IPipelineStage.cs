using Coinwire.Storage;

namespace Coinwire.Pipeline;

/// <summary>
/// One stage of the pipeline run from the job queue. <see cref="ProcessAsync"/> writes its results (and queues the
/// next stage) through the given context inside a transaction the runner commits together with the jobs'
/// completion, so a crash or a lost lease leaves no partial result; it must be idempotent (a replay changes nothing).
/// </summary>
public interface IPipelineStage
{
    /// <summary>Stage name as stored in the queue, e.g. "cluster".</summary>
    string Name { get; }

    /// <summary>Version of the stage's logic; raising it lets work be re-queued.</summary>
    int Version { get; }

    /// <summary>Processes a batch of claimed jobs.</summary>
    Task ProcessAsync(CoinwireDbContext db, IReadOnlyList<ClaimedJob> jobs, CancellationToken ct);
}
