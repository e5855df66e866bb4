namespace Coinwire.Benchmarks.Ingest;

/// <summary>What one run measured: wall time per stage and what it stored.</summary>
internal sealed class IngestTimings
{
    public int Sources { get; set; }
    public int Items { get; set; }
    public int Inserted { get; set; }
    public int Duplicates { get; set; }
    public int Stories { get; set; }
    public int ClusterJobs { get; set; }
    public TimeSpan Parse { get; set; }
    public TimeSpan Normalize { get; set; }
    public TimeSpan Store { get; set; }

    /// <summary>Inside <c>ItemWriter.WriteAsync</c> (part of <see cref="Store"/>).</summary>
    public TimeSpan Write { get; set; }

    public TimeSpan Cluster { get; set; }

    /// <summary>Inside <c>ClusterStage.ProcessAsync</c> (part of <see cref="Cluster"/>; the rest is claim, complete, commit).</summary>
    public TimeSpan ClusterProcess { get; set; }

    public TimeSpan Ingest => Parse + Normalize + Store;

    /// <summary>Process CPU time (all threads) per stage: steadier than wall time on a loaded machine.</summary>
    public TimeSpan ParseCpu { get; set; }
    public TimeSpan NormalizeCpu { get; set; }
    public TimeSpan StoreCpu { get; set; }
    public TimeSpan ClusterCpu { get; set; }
    public TimeSpan IngestCpu => ParseCpu + NormalizeCpu + StoreCpu;
}
