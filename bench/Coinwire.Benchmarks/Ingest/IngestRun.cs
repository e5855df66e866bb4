using System.Diagnostics;
using Coinwire.Normalizing;
using Coinwire.Parsing;
using Coinwire.Pipeline;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Benchmarks.Ingest;

/// <summary>
/// One measured pass over a fresh store: for each source batch parse, normalize and store its items in one
/// transaction (source row, <see cref="ItemWriter"/>, fetch log, as <c>IngestService</c> does), then run the
/// cluster stage through <see cref="StageRunner"/> until no cluster job is left.
/// </summary>
internal static class IngestRun
{
    /// <summary>
    /// Runs the pass. <paramref name="externalIdIndex"/> adds an index on <c>items."ExternalId"</c> first, an
    /// experiment for the cross-source duplicate lookup, which the schema can only serve by scanning the table.
    /// </summary>
    /// <remarks>
    /// <paramref name="sqlitePragmas"/> (e.g. <c>cache_size=-65536;synchronous=NORMAL</c>) is run on four pooled
    /// connections up front, an experiment for settings <see cref="StoreFactory"/> does not make.
    /// </remarks>
    public static async Task<IngestTimings> RunAsync(StoreFactory store, IReadOnlyList<IngestBatch> batches, bool externalIdIndex, string? sqlitePragmas, CancellationToken ct)
    {
        await store.MigrateAsync(ct);
        if (sqlitePragmas is not null && store.Provider == DatabaseProvider.Sqlite)
        {
            var open = Enumerable.Range(0, 4).Select(_ => store.CreateContext()).ToList();
            foreach (var context in open)
            {
                await context.Database.OpenConnectionAsync(ct);
                foreach (var pragma in sqlitePragmas.Split(';', StringSplitOptions.RemoveEmptyEntries))
                {
#pragma warning disable EF1003 // a benchmark switch typed by whoever runs it
                    await context.Database.ExecuteSqlRawAsync("PRAGMA " + pragma, ct);
#pragma warning restore EF1003
                }
            }
            foreach (var context in open)
            {
                await context.DisposeAsync();
            }
        }
        if (externalIdIndex)
        {
            await using var setup = store.CreateContext();
            await setup.Database.ExecuteSqlRawAsync("""CREATE INDEX "IX_bench_items_ExternalId" ON items ("ExternalId")""", ct);
        }
        var sourceIds = await AddSourcesAsync(store, batches, ct);
        var queue = new JobQueue(store);
        var now = DateTimeOffset.UtcNow;
        var t = new IngestTimings { Sources = batches.Count };

        foreach (var batch in batches)
        {
            var started = Stopwatch.GetTimestamp();
            var cpu0 = Cpu();
            var feed = FeedParser.Parse(batch.Bytes);
            var parsed = Stopwatch.GetTimestamp();
            var cpu1 = Cpu();
            var items = new List<NormalizedFeedItem>(feed.Items.Count);
            foreach (var item in feed.Items)
            {
                items.Add(FeedItemNormalizer.Normalize(item, now));
            }
            var normalized = Stopwatch.GetTimestamp();
            var cpu2 = Cpu();
            // Making the replica's items new is not timed.
            for (var i = 0; i < items.Count; i++)
            {
                items[i] = IngestCorpus.Rewrite(items[i], batch.Replica, i);
            }
            var stored = Stopwatch.GetTimestamp();
            var cpuStored = Cpu();
            var (inserted, write) = await StoreAsync(store, queue, sourceIds[batch.SourceKey], items, batch.Bytes.Length, now.UtcDateTime, ct);
            t.Parse += Stopwatch.GetElapsedTime(started, parsed);
            t.Normalize += Stopwatch.GetElapsedTime(parsed, normalized);
            t.Store += Stopwatch.GetElapsedTime(stored);
            t.Write += write;
            var cpu3 = Cpu();
            t.ParseCpu += cpu1 - cpu0;
            t.NormalizeCpu += cpu2 - cpu1;
            t.StoreCpu += cpu3 - cpuStored;
            t.Items += items.Count;
            t.Inserted += inserted;
        }

        var stage = new TimedStage(new ClusterStage(queue));
        var runner = new StageRunner(store, queue, "bench");
        var clusterStarted = Stopwatch.GetTimestamp();
        var clusterCpu = Cpu();
        t.ClusterJobs = await runner.RunUntilIdleAsync([stage], ct);
        t.Cluster = Stopwatch.GetElapsedTime(clusterStarted);
        t.ClusterCpu = Cpu() - clusterCpu;
        t.ClusterProcess = stage.Elapsed;

        await using var db = store.CreateContext();
        t.Duplicates = await db.Items.CountAsync(i => i.DuplicateOfId != null, ct);
        t.Stories = await db.Stories.CountAsync(ct);
        var unclustered = await db.Items.CountAsync(i => i.StoryId == null, ct);
        if (unclustered != 0)
        {
            throw new InvalidOperationException($"{unclustered} items were left without a story");
        }
        return t;
    }

    private static TimeSpan Cpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static async Task<(int Inserted, TimeSpan Write)> StoreAsync(StoreFactory store, JobQueue queue, int sourceId, List<NormalizedFeedItem> items, int bytes, DateTime now, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var source = await db.Sources.SingleAsync(s => s.Id == sourceId, ct);
        var started = Stopwatch.GetTimestamp();
        var inserted = await ItemWriter.WriteAsync(db, queue, source, items, now, ct);
        var write = Stopwatch.GetElapsedTime(started);
        source.ItemCount += inserted.Count;
        source.LastFetchAt = now;
        source.LastSuccessAt = now;
        db.FetchLog.Add(new FetchLogEntry { SourceId = sourceId, StartedAt = now, Outcome = "Ok", HttpStatus = 200, Bytes = bytes, ItemsSeen = items.Count, ItemsNew = inserted.Count });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (inserted.Count, write);
    }

    private static async Task<Dictionary<string, int>> AddSourcesAsync(StoreFactory store, IReadOnlyList<IngestBatch> batches, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        var sources = IngestCorpus.Sources(batches).Select(key => new SourceRecord { Key = key, Name = key, Url = $"https://bench.invalid/{key}.xml", Type = "RSS" }).ToList();
        db.Sources.AddRange(sources);
        await db.SaveChangesAsync(ct);
        return sources.ToDictionary(s => s.Key, s => s.Id, StringComparer.Ordinal);
    }
}
