using System.Diagnostics;

namespace Coinwire.Observability;

/// <summary>One source's poll in flight (see <see cref="CoinwireTelemetry.StartFetch"/>).</summary>
public sealed class FetchScope : IDisposable
{
    private readonly Activity? activity;
    private readonly IDisposable? logScope;

    internal FetchScope(Activity? activity, IDisposable? logScope)
    {
        this.activity = activity;
        this.logScope = logScope;
    }

    /// <summary>Tags the trace with what the poll found: <paramref name="outcome"/>, items seen and new.</summary>
    public void Items(string outcome, int seen, int inserted)
    {
        activity?.SetTag("coinwire.outcome", outcome);
        activity?.SetTag("coinwire.item_count", seen);
        activity?.SetTag("coinwire.items_new", inserted);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        activity?.Dispose();
        logScope?.Dispose();
    }
}
