namespace Coinwire.Pipeline;

/// <summary>Configuration section <c>Ingest</c>: how a continuous worker shares the store with other workers.</summary>
public sealed class IngestOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Ingest";

    /// <summary>Pause between rounds of a continuous worker.</summary>
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a worker's claim on a host's sources lasts without renewal (renewed at a third of it).</summary>
    public TimeSpan SourceLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a claimed job's lease lasts without a heartbeat; a killed worker's jobs are taken over after it.</summary>
    public TimeSpan JobLease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The id a worker writes into lease columns: host and process, unique among live workers.</summary>
    public static string ProcessWorkerId => $"{Environment.MachineName}:{Environment.ProcessId}";
}
