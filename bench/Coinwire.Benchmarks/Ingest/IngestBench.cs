using Coinwire.Parsing;
using Coinwire.Storage;
using Microsoft.Data.Sqlite;

namespace Coinwire.Benchmarks.Ingest;

/// <summary>
/// <c>dotnet run -c Release --project bench/Coinwire.Benchmarks -- ingest [--postgres] [--items N]</c>: a bounded
/// console benchmark (not BenchmarkDotNet, whose child processes make a throwaway PostgreSQL cluster awkward) of
/// files → parse → normalize → dedup → store and of the cluster stage, on a temp SQLite file and, with
/// <c>--postgres</c>, on a throwaway PostgreSQL cluster (other switches: <see cref="IngestOptions"/>). Warm-up passes
/// (<see cref="IngestOptions.WarmupRounds"/> of <c>--warmup</c> items) per store, then one measured pass; each pass
/// starts its clock once the JIT is idle after the store's set-up.
/// </summary>
internal static class IngestBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (IngestOptions.Parse(args) is not { } options)
        {
            await Console.Error.WriteLineAsync(IngestOptions.Usage);
            return 2;
        }

        var feeds = IngestCorpus.LoadFeeds();
        var perCopy = feeds.Sum(f => FeedParser.Parse(f.Bytes).Items.Count);
        var warmup = IngestCorpus.Plan(feeds, perCopy, Math.Max(perCopy, options.Warmup));
        var batches = IngestCorpus.Plan(feeds, perCopy, options.Items);
        Console.WriteLine($"corpus: {feeds.Count} feeds, {perCopy} items, {feeds.Sum(f => f.Bytes.Length) / 1024} KiB; warm-up: {options.WarmupRounds} × {warmup.Count} source batches; measured pass: {batches.Count} source batches");
        Console.WriteLine($"load average before: {Machine.LoadAverage()}  ({Environment.ProcessorCount} cores)");

        await RunSqliteAsync(warmup, batches, options);
        if (options.Postgres)
        {
            await RunPostgresAsync(warmup, batches, options);
        }
        Console.WriteLine($"load average after: {Machine.LoadAverage()}");
        return 0;
    }

    private static async Task RunSqliteAsync(IReadOnlyList<IngestBatch> warmup, IReadOnlyList<IngestBatch> batches, IngestOptions options)
    {
        var dir = Path.Combine(Path.GetTempPath(), "coinwire-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            for (var round = 0; round < options.WarmupRounds; round++)
            {
                await IngestRun.RunAsync(new StoreFactory(new DatabaseOptions(), Path.Combine(dir, $"warmup{round}")), warmup, options, CancellationToken.None);
            }
            var result = await IngestRun.RunAsync(new StoreFactory(new DatabaseOptions(), Path.Combine(dir, "run")), batches, options, CancellationToken.None);
            IngestReport.Print("SQLite (temp file, WAL)", result);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task RunPostgresAsync(IReadOnlyList<IngestBatch> warmup, IReadOnlyList<IngestBatch> batches, IngestOptions options)
    {
        var (cluster, unavailable) = await PostgresCluster.StartAsync();
        if (cluster is null)
        {
            Console.WriteLine($"PostgreSQL skipped: {unavailable}");
            return;
        }
        await using (cluster)
        {
            StoreFactory Store(string cs) => new(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = cs }, Path.GetTempPath());
            for (var round = 0; round < options.WarmupRounds; round++)
            {
                await IngestRun.RunAsync(Store(await cluster.CreateDatabaseAsync($"coinwire_warmup{round}")), warmup, options, CancellationToken.None);
            }
            var result = await IngestRun.RunAsync(Store(await cluster.CreateDatabaseAsync("coinwire_bench")), batches, options, CancellationToken.None);
            IngestReport.Print("PostgreSQL (throwaway local cluster, fsync off)", result);
        }
    }
}
