namespace Coinwire.Benchmarks.Ingest;

/// <summary>What one run measured: time per stage and what it stored.</summary>
internal sealed class IngestTimings
{
    public int Sources { get; set; }
    public int Workers { get; set; }
    public int Items { get; set; }
    public int Inserted { get; set; }
    public int Duplicates { get; set; }
    public int Stories { get; set; }
    public int ClusterJobs { get; set; }

    /// <summary>Summed over the workers (busy time, not wall time, when they run in parallel).</summary>
    public TimeSpan Parse { get; set; }

    /// <inheritdoc cref="Parse"/>
    public TimeSpan Normalize { get; set; }

    /// <summary><c>SourceBatch.Create</c>: item rows with content hash and SimHash (summed over the workers).</summary>
    public TimeSpan Rows { get; set; }

    /// <summary>On-thread CPU time of the worker stages.</summary>
    public TimeSpan ParseCpu { get; set; }

    /// <inheritdoc cref="ParseCpu"/>
    public TimeSpan NormalizeCpu { get; set; }

    /// <inheritdoc cref="ParseCpu"/>
    public TimeSpan RowsCpu { get; set; }

    /// <summary>Process CPU time during the writes; only with one worker (else other workers' time is in it).</summary>
    public TimeSpan? StoreCpu { get; set; }

    /// <summary>Time holding the single writer (<c>SourceBatchWriter.Busy</c>): dedup lookups, inserts, commit.</summary>
    public TimeSpan Store { get; set; }

    /// <summary>Transactions the writer ran (<c>SourceBatchWriter.Transactions</c>): batches queued together share one.</summary>
    public long Transactions { get; set; }

    /// <summary>Ingest from the first batch to the last commit (includes the untimed replica rewrite).</summary>
    public TimeSpan Wall { get; set; }

    /// <summary>Process CPU time (all threads, JIT and GC included) over <see cref="Wall"/>.</summary>
    public TimeSpan WallCpu { get; set; }

    /// <summary>Bytes allocated per worker stage (parse, normalize, rows + hashes).</summary>
    public (long Parse, long Normalize, long Rows) StageAllocated { get; set; }

    /// <summary>JIT over <see cref="Wall"/>: methods compiled and the time spent compiling (all threads).</summary>
    public (long Methods, TimeSpan Time) Jit { get; set; }

    /// <summary>GC over <see cref="Wall"/>: bytes allocated, collections per generation and pause time.</summary>
    public (long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Pause) Gc { get; set; }

    public TimeSpan Cluster { get; set; }

    /// <summary>Inside <c>ClusterStage.ProcessAsync</c> (part of <see cref="Cluster"/>; the rest is claim, complete, commit).</summary>
    public TimeSpan ClusterProcess { get; set; }

    public TimeSpan ClusterCpu { get; set; }
}
