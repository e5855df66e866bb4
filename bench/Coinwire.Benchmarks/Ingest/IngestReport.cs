namespace Coinwire.Benchmarks.Ingest;

/// <summary>Prints one run's breakdown as a Markdown table: time and items/s per stage.</summary>
internal static class IngestReport
{
    public static void Print(string store, IngestTimings t)
    {
        Console.WriteLine();
        Console.WriteLine($"## {store}: {t.Items} items in {t.Sources} source batches → {t.Inserted} rows ({t.Duplicates} cross-source duplicates), {t.Stories} stories");
        Console.WriteLine();
        Console.WriteLine("| stage | wall | items/s (wall) | share of ingest | CPU | items/s (CPU) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Row("parse", t.Parse, t.Items, t.Ingest, t.ParseCpu);
        Row("normalize", t.Normalize, t.Items, t.Ingest, t.NormalizeCpu);
        Row("store (tx per source)", t.Store, t.Items, t.Ingest, t.StoreCpu);
        Row("  of which ItemWriter", t.Write, t.Items, t.Ingest, null);
        Row("**ingest end-to-end**", t.Ingest, t.Items, t.Ingest, t.IngestCpu);
        Row("cluster (StageRunner)", t.Cluster, t.ClusterJobs, null, t.ClusterCpu);
        Row("  of which ClusterStage", t.ClusterProcess, t.ClusterJobs, null, null);
    }

    private static void Row(string name, TimeSpan time, int items, TimeSpan? total, TimeSpan? cpu) =>
        Console.WriteLine($"| {name} | {Ms(time)} | {Rate(items, time)} | {(total is { } all ? $"{time / all:P0}" : "")} | {(cpu is { } c ? Ms(c) : "")} | {(cpu is { } c2 ? Rate(items, c2) : "")} |");

    private static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:N0} ms";

    private static string Rate(int items, TimeSpan t) => $"{items / Math.Max(t.TotalSeconds, 1e-9):N0}";
}
