using Coinwire.Storage;

namespace Coinwire.Pipeline;

/// <summary>
/// A stage with effects outside the store (HTTP sends): the runner calls <see cref="AfterCommitAsync"/> once the
/// batch's writes and the jobs' completion are committed, so a rolled-back batch never sends anything.
/// </summary>
public interface IPostCommitStage
{
    /// <summary>Runs after <paramref name="jobs"/> were committed; exceptions are logged, the jobs stay done.</summary>
    Task AfterCommitAsync(IReadOnlyList<ClaimedJob> jobs, CancellationToken ct);
}
