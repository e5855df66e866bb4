using System.Diagnostics;

namespace Coinwire.Observability;

/// <summary>One stage batch in flight (see <see cref="CoinwireTelemetry.StartStageBatch"/>); disposing it records the duration.</summary>
public sealed class StageBatchScope : IDisposable
{
    private readonly string stage;
    private readonly Activity? activity;
    private readonly IDisposable? logScope;
    private readonly long started;

    internal StageBatchScope(string stage, Activity? activity, IDisposable? logScope, long started)
    {
        this.stage = stage;
        this.activity = activity;
        this.logScope = logScope;
        this.started = started;
    }

    /// <summary>Counts <paramref name="completed"/> jobs done and returns the number, so a caller can <c>return batch.Done(n)</c>.</summary>
    public int Done(int completed)
    {
        CoinwireTelemetry.StageCompleted(stage, completed);
        activity?.SetTag("coinwire.completed", completed);
        return completed;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        CoinwireTelemetry.RecordStageDuration(stage, Stopwatch.GetElapsedTime(started));
        activity?.Dispose();
        logScope?.Dispose();
    }
}
