using Coinwire.Storage;

namespace Coinwire.Pipeline;

/// <summary>
/// A stage at most one worker may run at a time across every process sharing the store, because it keeps state in
/// memory (the cluster stage's story index). The runner asks for the lock in each batch transaction; a worker that
/// does not get it hands the claimed jobs back, without counting an attempt, to the worker that holds it.
/// </summary>
public interface IExclusiveStage : IPipelineStage
{
    /// <summary>Takes the stage's lock for the current transaction of <paramref name="db"/>; false when another worker holds it.</summary>
    Task<bool> TryLockAsync(CoinwireDbContext db, CancellationToken ct);
}
