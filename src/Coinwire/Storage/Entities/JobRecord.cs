namespace Coinwire.Storage.Entities;

/// <summary>One unit of work in the queue: a stage to run on an item or story, with a lease.</summary>
public sealed class JobRecord
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>Stage name (e.g. "cluster", "tag", "rewrite").</summary>
    public required string Stage { get; set; }

    /// <summary>Version of the stage's logic; a new version re-queues work.</summary>
    public int StageVersion { get; set; } = 1;

    /// <summary>The item or story id the job is about (which one depends on the stage).</summary>
    public long SubjectId { get; set; }

    /// <summary>Pending, Running, Done or Failed.</summary>
    public JobStatus Status { get; set; }

    /// <summary>Attempts so far; past the limit the job fails for good.</summary>
    public int Attempts { get; set; }

    /// <summary>Worker holding the lease.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When the lease expires unless renewed by a heartbeat.</summary>
    public DateTime? LeaseExpiresAt { get; set; }

    /// <summary>Not to be claimed before this time (retry backoff).</summary>
    public DateTime AvailableAt { get; set; }

    /// <summary>Last error message.</summary>
    public string? LastError { get; set; }

    /// <summary>When the job was queued.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>When the job finished.</summary>
    public DateTime? CompletedAt { get; set; }
}

/// <summary>States of a <see cref="JobRecord"/>.</summary>
public enum JobStatus
{
    /// <summary>Waiting to be claimed.</summary>
    Pending = 0,

    /// <summary>Claimed by a worker holding a lease.</summary>
    Running = 1,

    /// <summary>Finished.</summary>
    Done = 2,

    /// <summary>Gave up after too many attempts; <c>coinwire jobs retry</c> re-queues it.</summary>
    Failed = 3,
}
