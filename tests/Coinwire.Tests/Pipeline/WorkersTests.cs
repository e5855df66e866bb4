using System.Diagnostics;
using System.Text.Json;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Coinwire.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Coinwire.Tests.Pipeline;

/// <summary>
/// Real <c>coinwire ingest</c> worker processes sharing one store: one is SIGKILLed mid-batch, the rest are stopped
/// with SIGTERM; the tables must show every item stored once and every stage done once.
/// </summary>
[Collection(PostgresCollection.Name)]
public class WorkersTests(PostgresServer server)
{
    private static readonly TimeSpan ShutdownBound = TimeSpan.FromSeconds(10);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Environment(string? postgres)
    {
        var env = new Dictionary<string, string>
        {
            ["COINWIRE__Fetching__AllowPrivateNetworks"] = "true",
            ["COINWIRE__Fetching__MinHostDelay"] = "00:00:00.010",
            ["COINWIRE__Ingest__IdleDelay"] = "00:00:00.500",
            // Short leases so the killed worker's jobs and hosts are taken over within the test.
            ["COINWIRE__Ingest__JobLease"] = "00:00:06",
            ["COINWIRE__Ingest__SourceLease"] = "00:00:06",
        };
        if (postgres is not null)
        {
            env["COINWIRE__Database__Provider"] = "Postgres";
            env["COINWIRE__Database__ConnectionString"] = postgres;
        }
        return env;
    }

    [Fact]
    public async Task ThreeWorkers_OneKilledMidBatch_EveryItemStoredOnceAndEveryStageDoneOnce()
    {
        var cs = new NpgsqlConnectionStringBuilder(await server.RequireAsync()) { Pooling = true, MaxPoolSize = 20 }.ToString();
        var store = new StoreFactory(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = cs }, Path.GetTempPath());
        await store.MigrateAsync(Ct);
        var servers = new List<FeedServer>();
        var dir = Path.Combine(Path.GetTempPath(), "coinwire-workers-" + Guid.NewGuid().ToString("N"));
        var workers = new List<WorkerProcess>();
        try
        {
            foreach (var address in new[] { "127.0.0.1", "127.0.0.2", "127.0.0.3" })
            {
                servers.Add(await FeedServer.StartAsync(address));
            }
            var (yaml, guids) = GeneratedFeeds.Serve(servers, copies: 3);
            Directory.CreateDirectory(dir);
            var sources = Path.Combine(dir, "sources.yaml");
            await File.WriteAllTextAsync(sources, yaml, Ct);
            var env = Environment(cs);
            for (var w = 0; w < 3; w++)
            {
                workers.Add(WorkerProcess.Start(env, "ingest", "--data", Path.Combine(dir, $"w{w}"), "--sources", sources));
            }

            var victim = await KillAWorkerHoldingJobsAsync(store, workers);
            var survivors = workers.Where(w => w != victim).ToList();
            await WaitForDrainedQueueAsync(store, guids.Count, survivors);
            foreach (var worker in survivors)
            {
                var took = await worker.TerminateAsync(ShutdownBound);
                Assert.True(took is not null, $"worker {worker.Id} still running {ShutdownBound} after SIGTERM:\n{worker.Output}");
                Assert.True(worker.ExitCode == 0, worker.Output);
            }

            await using var db = store.CreateContext();
            var stored = await db.Items.AsNoTracking().Select(i => new { i.ExternalId, i.StoryId }).ToListAsync(Ct);
            Assert.Equal(guids.Order(StringComparer.Ordinal), stored.Select(i => i.ExternalId).Order(StringComparer.Ordinal));
            Assert.DoesNotContain(stored, i => i.StoryId is null);
            var jobs = await db.Jobs.AsNoTracking().Select(j => new { j.Stage, j.SubjectId, j.Status, j.LeaseOwner }).ToListAsync(Ct);
            Assert.All(jobs.GroupBy(j => (j.Stage, j.SubjectId)), g => Assert.Single(g));
            Assert.All(jobs, j => Assert.Equal(JobStatus.Done, j.Status));
            Assert.Equal(stored.Count, jobs.Count(j => j.Stage == "cluster"));
            var stories = await db.Stories.AsNoTracking().ToListAsync(Ct);
            Assert.Equal(stored.Count, stories.Sum(s => s.ItemCount));
            Assert.Equal(stories.Select(s => s.Id).Order(), stored.Select(i => i.StoryId!.Value).Distinct().Order());
            var articles = await db.Articles.AsNoTracking().Select(a => a.StoryId).ToListAsync(Ct);
            Assert.Equal(stories.Select(s => (long?)s.Id).Order(), articles.Order());
            Assert.Equal(0, await db.Sources.CountAsync(s => s.ClaimedBy != null && s.ClaimedBy != WorkerId(victim), Ct));

            var stats = await CoinwireProcess.RunAsync(env, TimeSpan.FromSeconds(60), "stats", "--json", "--data", Path.Combine(dir, "stats"));
            Assert.True(stats.ExitCode == 0, stats.Error);
            using var json = JsonDocument.Parse(stats.Out);
            Assert.Equal(0, json.RootElement.GetProperty("jobs").GetProperty("failed").GetInt32());
            Assert.Equal(stories.Count, json.RootElement.GetProperty("stories").GetInt32());
        }
        finally
        {
            foreach (var w in workers)
            {
                w.Dispose();
            }
            foreach (var s in servers)
            {
                await s.DisposeAsync();
            }
            TryDelete(dir);
        }
    }

    private static string WorkerId(WorkerProcess worker) => $"{System.Environment.MachineName}:{worker.Id}";

    /// <summary>Waits until some worker holds running jobs, then SIGKILLs that one mid-batch.</summary>
    private static async Task<WorkerProcess> KillAWorkerHoldingJobsAsync(StoreFactory store, List<WorkerProcess> workers)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await using (var db = store.CreateContext())
            {
                var owners = await db.Jobs.Where(j => j.Status == JobStatus.Running && j.LeaseOwner != null).Select(j => j.LeaseOwner!).Distinct().ToListAsync(Ct);
                if (workers.FirstOrDefault(w => owners.Contains(WorkerId(w))) is { } victim)
                {
                    await victim.KillAsync();
                    return victim;
                }
            }
            Assert.All(workers, w => Assert.False(w.HasExited, $"worker {w.Id} exited early:\n{w.Output}"));
            await Task.Delay(20, Ct);
        }
        throw new TimeoutException("no worker ever held a running job:\n" + string.Join("\n---\n", workers.Select(w => w.Output)));
    }

    /// <summary>Waits until every item is stored and no job is pending or running.</summary>
    private static async Task WaitForDrainedQueueAsync(StoreFactory store, int items, List<WorkerProcess> survivors)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(150))
        {
            await using (var db = store.CreateContext())
            {
                if (await db.Items.CountAsync(Ct) == items && !await db.Jobs.AnyAsync(j => j.Status == JobStatus.Pending || j.Status == JobStatus.Running, Ct))
                {
                    return;
                }
            }
            Assert.All(survivors, w => Assert.False(w.HasExited, $"worker {w.Id} exited early:\n{w.Output}"));
            await Task.Delay(200, Ct);
        }
        throw new TimeoutException("the queue did not drain:\n" + string.Join("\n---\n", survivors.Select(w => w.Output)));
    }

    [Fact]
    public async Task SqliteWorker_ExitsWithin10SecondsOfSigtermAndHandsBackItsClaims()
    {
        await using var feeds = await FeedServer.StartAsync();
        var dir = Path.Combine(Path.GetTempPath(), "coinwire-sigterm-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (yaml, _) = GeneratedFeeds.Serve([feeds], copies: 1);
            Directory.CreateDirectory(dir);
            var sources = Path.Combine(dir, "sources.yaml");
            await File.WriteAllTextAsync(sources, yaml, Ct);
            using var worker = WorkerProcess.Start(Environment(null), "ingest", "--data", dir, "--sources", sources);
            // Stop it while it works: after the first feeds are fetched, before the round can be over.
            var deadline = Stopwatch.StartNew();
            while (feeds.Requests.Count < 5 && deadline.Elapsed < TimeSpan.FromSeconds(60) && !worker.HasExited)
            {
                await Task.Delay(10, Ct);
            }
            Assert.False(worker.HasExited, worker.Output);

            var took = await worker.TerminateAsync(ShutdownBound);

            Assert.True(took is not null, $"still running {ShutdownBound} after SIGTERM:\n{worker.Output}");
            Assert.True(worker.ExitCode == 0, worker.Output);
            Assert.Contains("stopped", worker.Output, StringComparison.Ordinal);
            var store = new StoreFactory(new DatabaseOptions(), dir);
            await using var db = store.CreateContext();
            Assert.Equal(0, await db.Jobs.CountAsync(j => j.Status == JobStatus.Running, Ct));
            Assert.Equal(0, await db.Sources.CountAsync(s => s.ClaimedBy != null, Ct));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TryDelete(dir);
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
