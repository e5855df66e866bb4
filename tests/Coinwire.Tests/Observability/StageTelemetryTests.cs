using System.Collections.Concurrent;
using System.Diagnostics;
using Coinwire.Observability;
using Coinwire.Pipeline;
using Coinwire.Storage;
using Coinwire.Tests.Storage;
using Microsoft.Extensions.Logging;

namespace Coinwire.Tests.Observability;

public class StageTelemetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StageBatch_CountsJobsInAndOut_AndRecordsOneDuration()
    {
        await using var store = await TempStore.CreateAsync();
        var stage = new NamedStage(NamedStage.UniqueName());
        await stage.EnqueueAsync(store.Factory, 1, 2, 3);
        using var recorder = new MeasurementRecorder();

        await new StageRunner(store.Factory, new JobQueue(store.Factory), "w1").RunBatchAsync(stage, Ct);

        Assert.Equal([3.0], recorder.Values("coinwire.stage.items.in", ("stage", stage.Name)));
        Assert.Equal([3.0], recorder.Values("coinwire.stage.items.out", ("stage", stage.Name)));
        Assert.Single(recorder.Values("coinwire.stage.duration", ("stage", stage.Name)));
        Assert.Empty(recorder.Values("coinwire.stage.errors", ("stage", stage.Name)));
    }

    [Fact]
    public async Task PoisonedJob_CountsOneStageError_AndTheRestComplete()
    {
        await using var store = await TempStore.CreateAsync();
        var stage = new NamedStage(NamedStage.UniqueName(), poisoned: 2);
        await stage.EnqueueAsync(store.Factory, 1, 2, 3);
        using var recorder = new MeasurementRecorder();

        await new StageRunner(store.Factory, new JobQueue(store.Factory), "w1").RunBatchAsync(stage, Ct);

        Assert.Equal([1.0], recorder.Values("coinwire.stage.errors", ("stage", stage.Name)));
        Assert.Equal([2.0], recorder.Values("coinwire.stage.items.out", ("stage", stage.Name)));
    }

    [Fact]
    public async Task PoisonedJob_WarningIsLoggedInsideStageAndSubjectScopes()
    {
        await using var store = await TempStore.CreateAsync();
        var stage = new NamedStage(NamedStage.UniqueName(), poisoned: 7);
        // Two jobs: a failing batch of several is retried job by job, and that retry logs per job.
        await stage.EnqueueAsync(store.Factory, 6, 7);
        var logger = new ScopeCapturingLogger();

        await new StageRunner(store.Factory, new JobQueue(store.Factory), "w1", logger).RunBatchAsync(stage, Ct);

        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(stage.Name, warning.Scope["Stage"]);
        Assert.Equal(7L, warning.Scope["SubjectId"]);
        Assert.True(warning.Scope.ContainsKey("JobId"));
    }

    [Fact]
    public async Task StageBatch_TracedAsOneActivityWithStageAndItemCount()
    {
        await using var store = await TempStore.CreateAsync();
        var stage = new NamedStage(NamedStage.UniqueName());
        await stage.EnqueueAsync(store.Factory, 1, 2);
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == CoinwireTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await new StageRunner(store.Factory, new JobQueue(store.Factory), "w1").RunBatchAsync(stage, Ct);

        var activity = Assert.Single(stopped, a => Equals(a.GetTagItem("coinwire.stage"), stage.Name));
        Assert.Equal($"stage {stage.Name}", activity.DisplayName);
        Assert.Equal(2, activity.GetTagItem("coinwire.item_count"));
        Assert.Equal(2, activity.GetTagItem("coinwire.completed"));
    }
}
