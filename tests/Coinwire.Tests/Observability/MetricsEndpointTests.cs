using Coinwire.Pipeline;
using Coinwire.Storage;

namespace Coinwire.Tests.Observability;

public class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_AfterAStageRan_ShowsStageCountersDurationAndQueueDepth()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var site = await ObservedSite.StartAsync();
        var ran = new NamedStage(NamedStage.UniqueName());
        var waiting = new NamedStage(NamedStage.UniqueName());
        await ran.EnqueueAsync(site.Store, 1, 2);
        await waiting.EnqueueAsync(site.Store, 3);
        await new StageRunner(site.Store, new JobQueue(site.Store), "w1").RunBatchAsync(ran, ct);

        var lines = (await site.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative), ct)).Split('\n');

        string Line(string metric, string labels) =>
            Assert.Single(lines, l => l.StartsWith(metric + "{", StringComparison.Ordinal) && l.Contains(labels, StringComparison.Ordinal));
        Assert.EndsWith(" 2", Line("coinwire_stage_items_in_total", $"stage=\"{ran.Name}\""), StringComparison.Ordinal);
        Assert.EndsWith(" 2", Line("coinwire_stage_items_out_total", $"stage=\"{ran.Name}\""), StringComparison.Ordinal);
        Assert.EndsWith(" 1", Line("coinwire_stage_duration_seconds_count", $"stage=\"{ran.Name}\""), StringComparison.Ordinal);
        Assert.EndsWith(" 1", Line("coinwire_queue_jobs", $"stage=\"{waiting.Name}\",state=\"pending\""), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("coinwire_sources{", StringComparison.Ordinal));
    }
}
