using System.Text.Json;
using Coinwire.Common;
using Coinwire.Storage;
using Coinwire.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Tests.Pipeline;

/// <summary>The real executable is SIGKILLed in the middle of an ingest round; a rerun must complete it with nothing lost or doubled.</summary>
public class KillMidIngestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KilledIngest_RerunStoresEveryItemOnceAndClustersEachOnce()
    {
        await using var server = await FeedServer.StartAsync();
        var feeds = Directory.GetFiles(RepoPaths.Shared("corpus", "feeds", "crypto"), "0[0-2]*.xml").Order(StringComparer.Ordinal).ToList();
        var yaml = new System.Text.StringBuilder("sources:\n");
        var expected = 0;
        foreach (var (file, i) in feeds.Select((f, i) => (f, i)))
        {
            var url = server.Serve("/" + Path.GetFileName(file), await File.ReadAllBytesAsync(file, Ct));
            yaml.Append($"  - name: Feed {i}\n    url: {url}\n");
            using var peer = JsonDocument.Parse(await File.ReadAllTextAsync(RepoPaths.Shared("corpus", "feeds", "expected", "crypto", Path.GetFileName(file) + ".json"), Ct));
            expected += peer.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()).Distinct().Count();
        }
        var dir = Path.Combine(Path.GetTempPath(), "coinwire-kill-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var sources = Path.Combine(dir, "sources.yaml");
        await File.WriteAllTextAsync(sources, yaml.ToString(), Ct);
        var env = new Dictionary<string, string>
        {
            ["COINWIRE__Fetching__AllowPrivateNetworks"] = "true",
            ["COINWIRE__Fetching__MinHostDelay"] = "00:00:00.050",
        };
        string[] args = ["ingest", "--once", "--data", dir, "--sources", sources];

        using (var victim = CoinwireProcess.Start(env, args))
        {
            // Kill once the first items are committed, while other sources are still being fetched and stored.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !victim.HasExited && server.Requests.Count < feeds.Count / 3)
            {
                await Task.Delay(20, Ct);
            }
            Assert.False(victim.HasExited, "the first run finished before it could be killed");
            victim.Kill(entireProcessTree: true);
            await victim.WaitForExitAsync(Ct);
        }

        var rerun = await CoinwireProcess.RunAsync(env, TimeSpan.FromMinutes(3), args);
        Assert.True(rerun.ExitCode == 0, rerun.Error);

        var factory = new StoreFactory(new DatabaseOptions(), dir);
        await using var context = factory.CreateContext();
        Assert.Equal(expected, await context.Items.CountAsync(Ct));
        Assert.Equal(0, await context.Items.CountAsync(i => i.StoryId == null, Ct));
        Assert.Equal(await context.Items.CountAsync(Ct), await context.Jobs.CountAsync(j => j.Stage == "cluster" && j.Status == Coinwire.Storage.Entities.JobStatus.Done, Ct));
        Assert.Equal(await context.Items.CountAsync(Ct), (await context.Stories.ToListAsync(Ct)).Sum(s => s.ItemCount));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
