using Microsoft.EntityFrameworkCore;

namespace Coinwire.Tests.Observability;

public class HealthEndpointTests
{
    private static string Status(System.Text.Json.JsonElement body, string check) =>
        body.GetProperty("checks").GetProperty(check).GetProperty("status").GetString()!;

    [Fact]
    public async Task Livez_Answers200WithoutChecks()
    {
        await using var site = await ObservedSite.StartAsync();

        var (status, body) = await site.GetJsonAsync("/livez");

        Assert.Equal(200, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_FreshStore_HealthyWithEveryCheck()
    {
        await using var site = await ObservedSite.StartAsync();

        var (status, body) = await site.GetJsonAsync("/readyz");

        Assert.Equal(200, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(["feeds", "migrations", "queue", "store"], body.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());
    }

    [Fact]
    public async Task Readyz_OldDueJob_DegradedButStill200()
    {
        await using var site = await ObservedSite.StartAsync(new() { ["Health:QueueLagDegraded"] = "00:05:00" });
        var stage = new NamedStage(NamedStage.UniqueName());
        await stage.EnqueueAsync(site.Store, 1);
        await PipelineGaugesTests.AgeJobsAsync(site.Store, stage.Name, TimeSpan.FromMinutes(20));

        var (status, body) = await site.GetJsonAsync("/readyz");

        Assert.Equal(200, status);
        Assert.Equal("Degraded", Status(body, "queue"));
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_OldDueJob_503WhenAnUnhealthyLagIsSet()
    {
        await using var site = await ObservedSite.StartAsync(new() { ["Health:QueueLagUnhealthy"] = "00:10:00" });
        var stage = new NamedStage(NamedStage.UniqueName());
        await stage.EnqueueAsync(site.Store, 1);
        await PipelineGaugesTests.AgeJobsAsync(site.Store, stage.Name, TimeSpan.FromMinutes(20));

        var (status, body) = await site.GetJsonAsync("/readyz");

        Assert.Equal(503, status);
        Assert.Equal("Unhealthy", Status(body, "queue"));
    }

    [Fact]
    public async Task Readyz_MostSourcesFailing_FeedsDegraded()
    {
        await using var site = await ObservedSite.StartAsync();
        await PipelineGaugesTests.AddSourcesAsync(site.Store, ok: 1, failing: 2);

        var (_, body) = await site.GetJsonAsync("/readyz");

        Assert.Equal("Degraded", Status(body, "feeds"));
    }

    [Fact]
    public async Task Readyz_MigrationNotApplied_503()
    {
        await using var site = await ObservedSite.StartAsync();
        await using (var db = site.Store.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\"", TestContext.Current.CancellationToken);
        }

        var (status, body) = await site.GetJsonAsync("/readyz");

        Assert.Equal(503, status);
        Assert.Equal("Unhealthy", Status(body, "migrations"));
        Assert.Equal("Healthy", Status(body, "store"));
    }
}
