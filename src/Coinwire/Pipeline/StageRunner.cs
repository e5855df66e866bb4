using Coinwire.Observability;
using Coinwire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coinwire.Pipeline;

/// <summary>
/// Claims batches of a stage's jobs, keeps their lease alive while working, and commits the stage's writes together
/// with the jobs' completion. A batch that throws is retried job by job so one poison item cannot block the rest.
/// </summary>
public sealed class StageRunner(StoreFactory store, JobQueue queue, string workerId, ILogger? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger.Instance;
    private int busyBatches;

    /// <summary>Jobs claimed per round.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>Lease length; heartbeats renew it at a third of this.</summary>
    public TimeSpan Lease { get; init; } = JobQueue.DefaultLease;

    /// <summary>Attempts before a job fails for good.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The worker's id in lease columns.</summary>
    public string WorkerId => workerId;

    /// <summary>Batches handed back because another worker held an exclusive stage's lock.</summary>
    public int BusyBatches => busyBatches;

    /// <summary>Runs one claimed batch of <paramref name="stage"/>; returns how many jobs were completed (0 when none was due).</summary>
    public async Task<int> RunBatchAsync(IPipelineStage stage, CancellationToken ct)
    {
        var jobs = await queue.ClaimAsync(stage.Name, workerId, BatchSize, Lease, ct);
        if (jobs.Count == 0)
        {
            return 0;
        }

        using var telemetry = CoinwireTelemetry.StartStageBatch(log, stage.Name, jobs.Count);
        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var heartbeat = HeartbeatAsync(jobs.Select(j => j.Id).ToList(), heartbeatStop.Token);
        try
        {
            // A single job goes straight to the one-by-one path, where a throw is recorded as a failed attempt.
            var batch = jobs.Count > 1 ? await TryCommitAsync(stage, jobs, ct) : BatchResult.Threw;
            if (batch.Busy)
            {
                return await HandBackAsync(stage, jobs);
            }
            if (!batch.Failed)
            {
                return telemetry.Done(batch.Done);
            }
            var completed = 0;
            for (var i = 0; i < jobs.Count; i++)
            {
                var job = jobs[i];
                using var jobScope = log.BeginScope(new Dictionary<string, object> { ["JobId"] = job.Id, ["SubjectId"] = job.SubjectId });
                try
                {
                    var single = await TryCommitAsync(stage, [job], ct);
                    if (single.Busy)
                    {
                        return telemetry.Done(completed + await HandBackAsync(stage, jobs.Skip(i).ToList()));
                    }
                    completed += single.Done;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    CoinwireTelemetry.StageFailed(stage.Name);
                    log.LogWarning(e, "{Stage} failed for subject {Subject} (attempt {Attempt})", stage.Name, job.SubjectId, job.Attempts);
                    await queue.FailAsync(job, workerId, $"{e.GetType().Name}: {e.Message}", MaxAttempts, CancellationToken.None);
                }
            }
            return telemetry.Done(completed);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: hand the claims back so another worker picks them up at once.
            await queue.ReleaseAsync(workerId, CancellationToken.None);
            throw;
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
        }
    }

    private async Task<int> HandBackAsync(IPipelineStage stage, IReadOnlyList<ClaimedJob> jobs)
    {
        Interlocked.Increment(ref busyBatches);
        await queue.ReleaseAsync(workerId, jobs.Select(j => j.Id).ToList(), CancellationToken.None);
        log.LogDebug("{Stage} is locked by another worker; handed back {Count} jobs", stage.Name, jobs.Count);
        return 0;
    }

    /// <summary>Runs <paramref name="stages"/> in order until none has due work; returns the jobs completed.</summary>
    public async Task<int> RunUntilIdleAsync(IReadOnlyList<IPipelineStage> stages, CancellationToken ct)
    {
        var total = 0;
        bool progressed;
        do
        {
            progressed = false;
            foreach (var stage in stages)
            {
                int done;
                while ((done = await RunBatchAsync(stage, ct)) > 0)
                {
                    total += done;
                    progressed = true;
                }
            }
        }
        while (progressed);
        return total;
    }

    /// <summary>Commits the stage's writes for <paramref name="jobs"/>; Failed when a job of a multi-job batch threw.</summary>
    private async Task<BatchResult> TryCommitAsync(IPipelineStage stage, IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (stage is IExclusiveStage exclusive && !await exclusive.TryLockAsync(db, ct))
        {
            return BatchResult.LockedElsewhere;
        }
        try
        {
            await stage.ProcessAsync(db, jobs, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (jobs.Count > 1 && e is not OperationCanceledException)
        {
            log.LogInformation("{Stage} batch of {Count} failed ({Error}); retrying one by one", stage.Name, jobs.Count, e.GetBaseException().Message);
            return BatchResult.Threw;
        }

        foreach (var job in jobs)
        {
            if (!await queue.CompleteAsync(db, job, workerId, ct))
            {
                // Our lease expired and another worker owns the job now: its result wins, ours is discarded.
                await tx.RollbackAsync(CancellationToken.None);
                log.LogWarning("{Stage}: lease on job {Job} lost; batch rolled back", stage.Name, job.Id);
                return new BatchResult(0, false, false);
            }
        }
        await tx.CommitAsync(ct);
        if (stage is IPostCommitStage post)
        {
            await AfterCommitAsync(post, stage.Name, jobs, ct);
        }
        return new BatchResult(jobs.Count, false, false);
    }

    private async Task AfterCommitAsync(IPostCommitStage stage, string name, IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
    {
        try
        {
            await stage.AfterCommitAsync(jobs, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The jobs are committed; what failed after them (an alert send) keeps its own state and retries.
            log.LogWarning(e, "{Stage}: after-commit work failed", name);
        }
    }

    private readonly record struct BatchResult(int Done, bool Failed, bool Busy)
    {
        public static BatchResult Threw => new(0, true, false);

        public static BatchResult LockedElsewhere => new(0, false, true);
    }

    private async Task HeartbeatAsync(List<long> jobIds, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Lease / 3, ct);
                await queue.HeartbeatAsync(workerId, jobIds, Lease, ct);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            log.LogWarning(e, "heartbeat failed; the lease may expire");
        }
    }
}
