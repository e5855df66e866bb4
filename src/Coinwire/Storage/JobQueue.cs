using System.Data.Common;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coinwire.Storage;

/// <summary>
/// The work queue in the database: one row per (stage, subject, version). Workers claim batches with a lease
/// (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL; SQLite has a single writer), renew it by heartbeat, and complete
/// inside the same transaction as the stage's own writes, conditional on still holding the lease, so a job whose
/// lease was taken over cannot be completed twice.
/// </summary>
public sealed class JobQueue(StoreFactory store, TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>How long a claim lasts without a heartbeat.</summary>
    public static readonly TimeSpan DefaultLease = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Queues <paramref name="stage"/> for each subject inside the caller's transaction (if any); subjects already queued
    /// for that stage and version are skipped.
    /// </summary>
    /// <returns>How many rows were inserted.</returns>
    public async Task<int> EnqueueAsync(CoinwireDbContext db, string stage, IEnumerable<long> subjectIds, int stageVersion = 1, CancellationToken ct = default)
    {
        var ids = subjectIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return 0;
        }
        var now = time.GetUtcNow().UtcDateTime;
        var inserted = 0;
        foreach (var chunk in ids.Chunk(500))
        {
            // ON CONFLICT DO NOTHING is spelled the same on SQLite and PostgreSQL; the unique index decides.
            var values = string.Join(",", chunk.Select((_, i) => $"(@stage, @p{i}, @version, 0, 0, @now, @now)"));
            var sql = $"INSERT INTO jobs (\"Stage\", \"SubjectId\", \"StageVersion\", \"Status\", \"Attempts\", \"AvailableAt\", \"CreatedAt\") VALUES {values} ON CONFLICT DO NOTHING";
            var parameters = chunk.Select((id, i) => ($"p{i}", (object)id)).Append(("stage", stage)).Append(("version", stageVersion)).Append(("now", now));
            inserted += await ExecuteAsync(db, sql, parameters.ToArray(), ct);
        }
        return inserted;
    }

    /// <summary>
    /// Queues <paramref name="stage"/> for each subject, or puts a finished job for it back to pending (new input, such
    /// as another source joining a story, means the stage must run again). Running and pending jobs are left alone.
    /// </summary>
    /// <returns>How many jobs were queued or re-queued.</returns>
    public async Task<int> RequeueAsync(CoinwireDbContext db, string stage, IReadOnlyCollection<long> subjectIds, int stageVersion = 1, CancellationToken ct = default)
    {
        if (subjectIds.Count == 0)
        {
            return 0;
        }
        var now = time.GetUtcNow().UtcDateTime;
        var reopened = await db.Jobs.Where(j => j.Stage == stage && j.StageVersion == stageVersion && subjectIds.Contains(j.SubjectId) && j.Status == JobStatus.Done)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Pending).SetProperty(j => j.Attempts, 0).SetProperty(j => j.AvailableAt, now), ct);
        return reopened + await EnqueueAsync(db, stage, subjectIds, stageVersion, ct);
    }

    /// <summary>Claims up to <paramref name="batchSize"/> runnable jobs of <paramref name="stage"/>: pending and due, or running with an expired lease.</summary>
    public async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(string stage, string workerId, int batchSize, TimeSpan? lease = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var expires = now + (lease ?? DefaultLease);
        await using var db = store.CreateContext();
        var skipLocked = db.Database.IsNpgsql() ? "FOR UPDATE SKIP LOCKED" : "";
        var sql = $"""
            UPDATE jobs SET "Status" = 1, "LeaseOwner" = @worker, "LeaseExpiresAt" = @expires, "Attempts" = "Attempts" + 1
            WHERE "Id" IN (
                SELECT "Id" FROM jobs
                WHERE "Stage" = @stage AND (("Status" = 0 AND "AvailableAt" <= @now) OR ("Status" = 1 AND "LeaseExpiresAt" < @now))
                ORDER BY "Id" LIMIT @limit {skipLocked})
            RETURNING "Id", "SubjectId", "Attempts"
            """;
        await using var cmd = await StoreCommand.CreateAsync(db, sql, ct);
        AddParameters(cmd, ("worker", workerId), ("expires", expires), ("stage", stage), ("now", now), ("limit", batchSize));
        var claimed = new List<ClaimedJob>();
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                claimed.Add(new ClaimedJob(reader.GetInt64(0), stage, reader.GetInt64(1), reader.GetInt32(2)));
            }
        }
        return claimed.OrderBy(j => j.Id).ToList();
    }

    /// <summary>Extends the lease of the worker's running jobs; returns how many it still holds.</summary>
    public async Task<int> HeartbeatAsync(string workerId, IReadOnlyCollection<long> jobIds, TimeSpan? lease = null, CancellationToken ct = default)
    {
        if (jobIds.Count == 0)
        {
            return 0;
        }
        var expires = time.GetUtcNow().UtcDateTime + (lease ?? DefaultLease);
        await using var db = store.CreateContext();
        return await db.Jobs.Where(j => jobIds.Contains(j.Id) && j.LeaseOwner == workerId && j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, expires), ct);
    }

    /// <summary>
    /// Marks a job done inside the caller's transaction. Returns false when the worker no longer holds the lease;
    /// the caller must then roll back its stage writes.
    /// </summary>
    public async Task<bool> CompleteAsync(CoinwireDbContext db, ClaimedJob job, string workerId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Plain SQL: the runner completes a batch job by job, and EF's ExecuteUpdate costs several times more per call.
        const string sql = """
            UPDATE jobs SET "Status" = @done, "CompletedAt" = @now, "LeaseOwner" = NULL, "LeaseExpiresAt" = NULL, "LastError" = NULL
            WHERE "Id" = @id AND "LeaseOwner" = @worker AND "Status" = @running
            """;
        var rows = await ExecuteAsync(db, sql, [("done", (int)JobStatus.Done), ("now", now), ("id", job.Id), ("worker", workerId), ("running", (int)JobStatus.Running)], ct);
        return rows == 1;
    }

    /// <summary>Records a failure: the job becomes pending again after a backoff, or failed after <paramref name="maxAttempts"/>.</summary>
    public async Task FailAsync(ClaimedJob job, string workerId, string error, int maxAttempts = 5, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var giveUp = job.Attempts >= maxAttempts;
        var retryAt = now + TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(4, job.Attempts - 1)));
        var message = error.Length > 2000 ? error[..2000] : error;
        await using var db = store.CreateContext();
        await db.Jobs.Where(j => j.Id == job.Id && j.LeaseOwner == workerId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, giveUp ? JobStatus.Failed : JobStatus.Pending)
                .SetProperty(j => j.AvailableAt, retryAt).SetProperty(j => j.LastError, message)
                .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), ct);
    }

    /// <summary>Gives back the worker's running jobs (clean shutdown) without counting the attempt.</summary>
    public async Task<int> ReleaseAsync(string workerId, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        return await db.Jobs.Where(j => j.LeaseOwner == workerId && j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Pending).SetProperty(j => j.Attempts, j => j.Attempts - 1)
                .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), ct);
    }

    /// <summary>
    /// Gives back some of the worker's running jobs without counting the attempt: the worker could not run them now
    /// (another worker holds the stage's lock) and leaves them to whoever can.
    /// </summary>
    public async Task<int> ReleaseAsync(string workerId, IReadOnlyCollection<long> jobIds, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        return await db.Jobs.Where(j => jobIds.Contains(j.Id) && j.LeaseOwner == workerId && j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Pending).SetProperty(j => j.Attempts, j => j.Attempts - 1)
                .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), ct);
    }

    /// <summary>Jobs, newest first, optionally only those in <paramref name="status"/> or of <paramref name="stage"/>.</summary>
    public async Task<IReadOnlyList<JobRecord>> ListAsync(JobStatus? status = null, string? stage = null, int limit = 100, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        return await db.Jobs.AsNoTracking().Where(j => (status == null || j.Status == status) && (stage == null || j.Stage == stage))
            .OrderByDescending(j => j.Id).Take(limit).ToListAsync(ct);
    }

    /// <summary>Re-queues failed jobs (optionally of one stage) with their attempts reset.</summary>
    public async Task<int> RetryFailedAsync(string? stage = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = store.CreateContext();
        return await db.Jobs.Where(j => j.Status == JobStatus.Failed && (stage == null || j.Stage == stage))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Pending).SetProperty(j => j.Attempts, 0).SetProperty(j => j.AvailableAt, now), ct);
    }

    /// <summary>Counts jobs by state.</summary>
    public async Task<JobCounts> CountAsync(CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var counts = await db.Jobs.GroupBy(j => j.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        int Get(JobStatus s) => counts.GetValueOrDefault(s);
        return new JobCounts(Get(JobStatus.Pending), Get(JobStatus.Running), Get(JobStatus.Failed), Get(JobStatus.Done));
    }

    private static async Task<int> ExecuteAsync(CoinwireDbContext db, string sql, (string, object)[] parameters, CancellationToken ct)
    {
        await using var cmd = await StoreCommand.CreateAsync(db, sql, ct);
        AddParameters(cmd, parameters);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    private static void AddParameters(DbCommand cmd, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            StoreCommand.AddParameter(cmd, name, value);
        }
    }
}
