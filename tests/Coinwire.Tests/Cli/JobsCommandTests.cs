using System.Text.Json;
using Coinwire.Storage;

namespace Coinwire.Tests.Cli;

public class JobsCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A SQLite store in <paramref name="dir"/> with one failed "enrich" job and one pending "cluster" job.</summary>
    private static async Task SeedAsync(string dir)
    {
        var store = new StoreFactory(new DatabaseOptions(), dir);
        await store.MigrateAsync(Ct);
        var queue = new JobQueue(store);
        await using (var db = store.CreateContext())
        {
            await queue.EnqueueAsync(db, "enrich", [7], ct: Ct);
            await queue.EnqueueAsync(db, "cluster", [8], ct: Ct);
        }
        var job = Assert.Single(await queue.ClaimAsync("enrich", "w1", 1, ct: Ct));
        await queue.FailAsync(job, "w1", "boom", maxAttempts: 1, Ct);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task ListFailedJson_ShowsOnlyTheFailedJobWithItsError()
    {
        var dir = CliRunner.TempDir();
        await SeedAsync(dir);

        var r = await CliRunner.RunAsync("jobs", "list", "--state", "failed", "--json", "--data", dir);

        Assert.True(r.ExitCode == 0, r.Error);
        var job = Assert.Single(JsonDocument.Parse(r.Out).RootElement.EnumerateArray());
        Assert.Equal(("enrich", 7, "Failed", "boom"), (job.GetProperty("stage").GetString(), job.GetProperty("subjectId").GetInt32(), job.GetProperty("status").GetString(), job.GetProperty("lastError").GetString()));
    }

    [Fact]
    public async Task Retry_QueuesTheFailedJobsOfTheStageAgain()
    {
        var dir = CliRunner.TempDir();
        await SeedAsync(dir);

        var r = await CliRunner.RunAsync("jobs", "retry", "--stage", "enrich", "--json", "--data", dir);

        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Equal(1, JsonDocument.Parse(r.Out).RootElement.GetProperty("retried").GetInt32());
        var stats = await CliRunner.RunAsync("stats", "--json", "--data", dir);
        var jobs = JsonDocument.Parse(stats.Out).RootElement.GetProperty("jobs");
        Assert.Equal((2, 0), (jobs.GetProperty("pending").GetInt32(), jobs.GetProperty("failed").GetInt32()));
    }
}
