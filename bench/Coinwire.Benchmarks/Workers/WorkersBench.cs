using System.Globalization;
using Coinwire.Benchmarks.Ingest;
using Coinwire.Common;

namespace Coinwire.Benchmarks.Workers;

/// <summary>
/// <c>dotnet run -c Release --project bench/Coinwire.Benchmarks -- workers --postgres [--workers 1,2,3] [--items N]</c>:
/// end to end (loopback feeds → fetch → store → cluster → enrich → publish with the offline rewriter) with 1, 2 and 3
/// real <c>coinwire ingest</c> processes on one throwaway PostgreSQL cluster. Needs the app built in Release
/// (<c>dotnet build -c Release src/Coinwire.App</c>); Debug is used when no Release build exists.
/// </summary>
internal static class WorkersBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var counts = new[] { 1, 2, 3 };
        var target = 3_000;
        var postgres = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--postgres":
                    postgres = true;
                    break;
                case "--workers" when i + 1 < args.Length:
                    counts = args[++i].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
                    break;
                case "--items" when i + 1 < args.Length:
                    target = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    await Console.Error.WriteLineAsync("usage: workers --postgres [--workers 1,2,3] [--items N]");
                    return 2;
            }
        }
        if (!postgres)
        {
            await Console.Error.WriteLineAsync("workers: only --postgres is supported (SQLite has a single writer)");
            return 2;
        }
        var root = RepoPaths.FindRoot() ?? throw new InvalidOperationException("repository root not found");
        var dll = new[] { "Release", "Debug" }.Select(c => Path.Combine(root, "src", "Coinwire.App", "bin", c, "net10.0", "coinwire.dll")).FirstOrDefault(File.Exists);
        if (dll is null)
        {
            await Console.Error.WriteLineAsync("workers: build the app first (dotnet build -c Release src/Coinwire.App)");
            return 2;
        }
        var (cluster, unavailable) = await PostgresCluster.StartAsync();
        if (cluster is null)
        {
            Console.WriteLine($"PostgreSQL skipped: {unavailable}");
            return 0;
        }
        await using var _ = cluster;
        using var feeds = BenchFeeds.Start(target);
        Console.WriteLine($"app: {dll}");
        Console.WriteLine($"{feeds.ItemRows} items in {feeds.SourcesYaml.Split("- name:").Length - 1} feeds on 3 loopback hosts; {Environment.ProcessorCount} cores; load average {Machine.LoadAverage()}");
        Console.WriteLine("| workers | items | wall s | items/s | worker CPU s | PostgreSQL CPU s | CPU / wall | cluster hand-backs | lock waits | active backends |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (workers, run) in counts.Select((w, r) => (w, r)))
        {
            var cs = await cluster.CreateDatabaseAsync($"workers_{run}_{workers}");
            var dir = Path.Combine(Path.GetTempPath(), $"coinwire-bench-workers-{Guid.NewGuid():N}");
            try
            {
                var r = await WorkerRun.RunAsync(dll, cs, feeds, workers, dir);
                var cpu = r.WorkerCpu + r.PostgresCpu;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Workers} | {r.Items} | {r.Wall.TotalSeconds:0.0} | {r.Items / r.Wall.TotalSeconds:0} | {r.WorkerCpu.TotalSeconds:0.0} | {r.PostgresCpu.TotalSeconds:0.0} | {cpu / r.Wall:0.00} | {r.LockHandBacks} | {r.LockWaitShare:P0} | {r.ActiveBackends:0.0} |"));
            }
            finally
            {
                try
                {
                    Directory.Delete(dir, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
        Console.WriteLine($"load average after: {Machine.LoadAverage()}");
        return 0;
    }
}
