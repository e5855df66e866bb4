using System.Diagnostics;
using System.Runtime;
using Coinwire.Fetching;
using Coinwire.Normalizing;
using Coinwire.Parsing;
using Coinwire.Pipeline;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Benchmarks.Ingest;

/// <summary>
/// One measured pass over a fresh store, on the code path of <c>IngestService</c> minus the fetch: source batches in
/// parallel (<see cref="IngestOptions.Workers"/>), each parsed, normalized and turned into rows by
/// <see cref="SourceBatch.Create"/> on its worker, then stored by the one <see cref="SourceBatchWriter"/> (source
/// row, <see cref="ItemWriter"/>, fetch log in one transaction). Then, unless switched off, the cluster stage runs
/// through <see cref="StageRunner"/> until no cluster job is left.
/// </summary>
internal static class IngestRun
{
    /// <summary>Runs the pass.</summary>
    public static async Task<IngestTimings> RunAsync(StoreFactory store, IReadOnlyList<IngestBatch> batches, IngestOptions options, CancellationToken ct)
    {
        await store.MigrateAsync(ct);
        var sources = await AddSourcesAsync(store, batches, ct);
        var queue = new JobQueue(store);
        var writer = new SourceBatchWriter(store, queue);
        var now = DateTimeOffset.UtcNow;
        var t = new IngestTimings { Sources = batches.Count, Workers = options.Workers };
        StageClock parse = new(), normalize = new(), rows = new();
        long items = 0, inserted = 0, storeCpuTicks = 0;

        // As IngestService: sources in parallel, parse/normalize/hash on the workers, writes queued for the one writer.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Workers, CancellationToken = ct };
        SourceBatch Prepare(IngestBatch batch)
        {
            var feed = parse.Time(() => FeedParser.Parse(batch.Bytes));
            var normalized = normalize.Time(() => feed.Items.Select(i => FeedItemNormalizer.Normalize(i, now)).ToList());
            // Making the replica's items new is not timed (it is in the end-to-end wall time).
            var rewritten = normalized.Select((item, i) => IngestCorpus.Rewrite(item, batch.Replica, i)).ToList();
            var source = sources[batch.SourceKey];
            var result = new FetchResult { Outcome = FetchOutcome.Ok, StatusCode = 200, Body = batch.Bytes, FinalUrl = new Uri(source.Url) };
            var next = SourceSchedule.Apply(SourceHealth.ToState(source), result, now, SourceSchedule.DefaultInterval, 0.5);
            Interlocked.Add(ref items, rewritten.Count);
            return rows.Time(() => SourceBatch.Create(source, next, rewritten, result, null, now, TimeSpan.Zero));
        }
        async ValueTask Store(SourceBatch sourceBatch, CancellationToken token)
        {
            // The writer's awaits may resume on other threads: its CPU time is the process's, measurable with one worker.
            var storeCpu = Cpu();
            var stored = await writer.StoreAsync(sourceBatch, token);
            Interlocked.Add(ref storeCpuTicks, (Cpu() - storeCpu).Ticks);
            Interlocked.Add(ref inserted, stored);
        }

        SourceBatch[] prepared = [];
        if (options.StoreOnly)
        {
            prepared = new SourceBatch[batches.Count];
            Parallel.For(0, batches.Count, parallel, i => prepared[i] = Prepare(batches[i]));
            GC.Collect();
        }
        // Migrations and set-up call EF code that tiers up right after; not ingest's cost.
        await JitQuiet.WaitAsync();
        var gc = Gc();
        var (jitMethods, jitTime) = (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());
        var started = Stopwatch.GetTimestamp();
        var cpu = Cpu();
        if (options.StoreOnly)
        {
            await Parallel.ForEachAsync(prepared, parallel, Store);
        }
        else
        {
            await Parallel.ForEachAsync(batches, parallel, async (batch, token) => await Store(Prepare(batch), token));
        }
        t.Wall = Stopwatch.GetElapsedTime(started);
        t.WallCpu = Cpu() - cpu;
        var gcAfter = Gc();
        t.Jit = (JitInfo.GetCompiledMethodCount() - jitMethods, JitInfo.GetCompilationTime() - jitTime);
        t.Gc = (gcAfter.Allocated - gc.Allocated, gcAfter.Gen0 - gc.Gen0, gcAfter.Gen1 - gc.Gen1, gcAfter.Gen2 - gc.Gen2, gcAfter.Pause - gc.Pause);
        (t.Parse, t.ParseCpu) = (parse.Wall, parse.Cpu);
        (t.Normalize, t.NormalizeCpu) = (normalize.Wall, normalize.Cpu);
        (t.Rows, t.RowsCpu) = (rows.Wall, rows.Cpu);
        t.StageAllocated = (parse.Allocated, normalize.Allocated, rows.Allocated);
        t.Store = writer.Busy;
        t.Transactions = writer.Transactions;
        t.StoreCpu = options.StoreOnly ? t.WallCpu : options.Workers == 1 ? TimeSpan.FromTicks(storeCpuTicks) : null;
        t.Items = (int)items;
        t.Inserted = (int)inserted;

        if (options.Cluster)
        {
            var stage = new TimedStage(new ClusterStage(queue));
            var runner = new StageRunner(store, queue, "bench");
            var clusterStarted = Stopwatch.GetTimestamp();
            var clusterCpu = Cpu();
            t.ClusterJobs = await runner.RunUntilIdleAsync([stage], ct);
            t.Cluster = Stopwatch.GetElapsedTime(clusterStarted);
            t.ClusterCpu = Cpu() - clusterCpu;
            t.ClusterProcess = stage.Elapsed;
        }

        await using var db = store.CreateContext();
        t.Duplicates = await db.Items.CountAsync(i => i.DuplicateOfId != null, ct);
        t.Stories = await db.Stories.CountAsync(ct);
        var unclustered = await db.Items.CountAsync(i => i.StoryId == null, ct);
        if (options.Cluster && unclustered != 0)
        {
            throw new InvalidOperationException($"{unclustered} items were left without a story");
        }
        return t;
    }

    private static (long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Pause) Gc() =>
        (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    private static TimeSpan Cpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static async Task<Dictionary<string, SourceRecord>> AddSourcesAsync(StoreFactory store, IReadOnlyList<IngestBatch> batches, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        var sources = IngestCorpus.Sources(batches).Select(key => new SourceRecord { Key = key, Name = key, Url = $"https://bench.invalid/{key}.xml", Type = "RSS" }).ToList();
        db.Sources.AddRange(sources);
        await db.SaveChangesAsync(ct);
        return sources.ToDictionary(s => s.Key, StringComparer.Ordinal);
    }
}
