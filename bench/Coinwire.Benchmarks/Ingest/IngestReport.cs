namespace Coinwire.Benchmarks.Ingest;

/// <summary>Prints one run's breakdown as a Markdown table: time and items/s per stage.</summary>
internal static class IngestReport
{
    public static void Print(string store, IngestTimings t)
    {
        Console.WriteLine();
        Console.WriteLine($"## {store}: {t.Items} items in {t.Sources} source batches, {t.Workers} workers → {t.Inserted} rows ({t.Duplicates} cross-source duplicates), {t.Stories} stories");
        Console.WriteLine();
        Console.WriteLine("| stage | time | items/s | share of stage time | CPU | items/s per core (CPU) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        var stages = t.Parse + t.Normalize + t.Rows + t.Store;
        Row("parse (worker time)", t.Parse, t.Items, stages, t.ParseCpu);
        Row("normalize (worker time)", t.Normalize, t.Items, stages, t.NormalizeCpu);
        Row("rows + hashes (worker time)", t.Rows, t.Items, stages, t.RowsCpu);
        Row($"store (single writer, {t.Transactions} transactions)", t.Store, t.Items, stages, t.StoreCpu);
        Row("**ingest end-to-end (wall; process CPU)**", t.Wall, t.Items, null, t.WallCpu);
        if (t.ClusterJobs > 0)
        {
            Row("cluster (StageRunner, wall; process CPU)", t.Cluster, t.ClusterJobs, null, t.ClusterCpu);
            Row("  of which ClusterStage", t.ClusterProcess, t.ClusterJobs, null);
        }
        Console.WriteLine();
        Console.WriteLine($"GC during ingest: {t.Gc.Allocated / 1048576.0:N0} MiB allocated ({t.Gc.Allocated / Math.Max(t.Items, 1) / 1024.0:N0} KiB an item), collections gen0/1/2 {t.Gc.Gen0}/{t.Gc.Gen1}/{t.Gc.Gen2}, paused {Ms(t.Gc.Pause)}");
        Console.WriteLine($"JIT during ingest: {t.Jit.Methods:N0} methods compiled in {Ms(t.Jit.Time)}");
        Console.WriteLine($"Allocated by stage: parse {Kib(t.StageAllocated.Parse, t.Items)}, normalize {Kib(t.StageAllocated.Normalize, t.Items)}, rows + hashes {Kib(t.StageAllocated.Rows, t.Items)} KiB an item");
    }

    private static void Row(string name, TimeSpan time, int items, TimeSpan? total, TimeSpan? cpu = null) =>
        Console.WriteLine($"| {name} | {Ms(time)} | {Rate(items, time)} | {(total is { } all ? $"{time / all:P0}" : "")} | {(cpu is { } c ? Ms(c) : "")} | {(cpu is { } c2 ? Rate(items, c2) : "")} |");

    private static string Kib(long bytes, int items) => $"{bytes / Math.Max(items, 1) / 1024.0:N0}";

    private static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:N0} ms";

    private static string Rate(int items, TimeSpan t) => $"{items / Math.Max(t.TotalSeconds, 1e-9):N0}";
}
