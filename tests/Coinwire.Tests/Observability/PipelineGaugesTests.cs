using Coinwire.Observability;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Coinwire.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Coinwire.Tests.Observability;

public class PipelineGaugesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task AgeJobsAsync(StoreFactory store, string stage, TimeSpan age)
    {
        var at = DateTime.UtcNow - age;
        await using var db = store.CreateContext();
        await db.Jobs.Where(j => j.Stage == stage).ExecuteUpdateAsync(s => s.SetProperty(j => j.AvailableAt, at), Ct);
    }

    internal static async Task AddSourcesAsync(StoreFactory store, int ok, int failing)
    {
        await using var db = store.CreateContext();
        for (var i = 0; i < ok + failing; i++)
        {
            db.Sources.Add(new SourceRecord { Key = $"s{i}", Name = $"S {i}", Url = $"https://example.test/{i}", Type = "RSS", ErrorCount = i < failing ? 3 : 0 });
        }
        db.Sources.Add(new SourceRecord { Key = "off", Name = "Off", Url = "https://example.test/off", Type = "RSS", Enabled = false, ErrorCount = 9 });
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task Snapshot_CountsOpenJobsPerStageAndState_NotDoneOnes()
    {
        await using var store = await TempStore.CreateAsync();
        var stage = new NamedStage(NamedStage.UniqueName(), poisoned: 3);
        await stage.EnqueueAsync(store.Factory, 1, 2, 3);
        await new Coinwire.Pipeline.StageRunner(store.Factory, new JobQueue(store.Factory), "w1") { MaxAttempts = 1 }.RunBatchAsync(stage, Ct);
        await stage.EnqueueAsync(store.Factory, 4);

        var snapshot = PipelineSnapshot.Read(store.Factory, DateTimeOffset.UtcNow);

        Assert.Equal([new QueueCount(stage.Name, JobStatus.Pending, 1), new QueueCount(stage.Name, JobStatus.Failed, 1)],
            snapshot.Queue.OrderBy(q => q.State));
    }

    [Fact]
    public async Task Snapshot_QueueLagIsTheWaitOfTheOldestDueJob()
    {
        await using var store = await TempStore.CreateAsync();
        var old = new NamedStage(NamedStage.UniqueName());
        var fresh = new NamedStage(NamedStage.UniqueName());
        await old.EnqueueAsync(store.Factory, 1);
        await fresh.EnqueueAsync(store.Factory, 2);
        await AgeJobsAsync(store.Factory, old.Name, TimeSpan.FromMinutes(30));

        var snapshot = PipelineSnapshot.Read(store.Factory, DateTimeOffset.UtcNow);

        Assert.InRange(snapshot.QueueLag, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(31));
        Assert.InRange(snapshot.OldestDueAge[fresh.Name], TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Snapshot_FailingShareCountsEnabledSourcesOnly()
    {
        await using var store = await TempStore.CreateAsync();
        await AddSourcesAsync(store.Factory, ok: 3, failing: 1);

        var snapshot = PipelineSnapshot.Read(store.Factory, DateTimeOffset.UtcNow);

        Assert.Equal((4, 1), (snapshot.EnabledSources, snapshot.FailingSources));
        Assert.Equal(0.25, snapshot.FailingShare);
    }

    [Fact]
    public async Task Gauges_ReadTheStoreAtMostOncePerCacheWindow()
    {
        await using var store = await TempStore.CreateAsync();
        var stage = new NamedStage(NamedStage.UniqueName());
        await stage.EnqueueAsync(store.Factory, 1);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var gauges = new PipelineGauges(store.Factory, TimeSpan.FromSeconds(5), clock);

        var first = gauges.Current();
        await stage.EnqueueAsync(store.Factory, 2);
        clock.Advance(TimeSpan.FromSeconds(4));
        var cached = gauges.Current();
        clock.Advance(TimeSpan.FromSeconds(1));
        var fresh = gauges.Current();

        Assert.Same(first, cached);
        Assert.Equal(2, fresh.Queue.Single().Count);
    }

    [Fact]
    public async Task QueueGauge_ReportsAttachedStores_UntilDisposed()
    {
        await using var store = await TempStore.CreateAsync();
        var stage = new NamedStage(NamedStage.UniqueName());
        await stage.EnqueueAsync(store.Factory, 1, 2);
        using var recorder = new MeasurementRecorder();
        var gauges = new PipelineGauges(store.Factory, TimeSpan.Zero).Attach();

        recorder.Observe();
        gauges.Dispose();
        recorder.Observe();

        Assert.Equal([2.0], recorder.Values("coinwire.queue.jobs", ("stage", stage.Name), ("state", "pending")));
        Assert.Single(recorder.Values("coinwire.queue.oldest_due_age", ("stage", stage.Name)));
    }
}
