namespace Coinwire.Fetching;

/// <summary>A host's turn from <see cref="HostPoliteness.AcquireAsync"/>; disposing it ends the turn and starts the host's gap.</summary>
public sealed class HostLease : IDisposable
{
    private Action? _release;

    private HostLease(Action? release, DateTimeOffset? refusedUntil)
    {
        _release = release;
        RefusedUntil = refusedUntil;
    }

    /// <summary><see langword="true"/> when the request may be sent now.</summary>
    public bool IsGranted => RefusedUntil is null;

    /// <summary>When refused: the host's <c>Retry-After</c> time.</summary>
    public DateTimeOffset? RefusedUntil { get; }

    internal static HostLease Granted(Action release) => new(release, null);

    internal static HostLease Refused(DateTimeOffset until) => new(null, until);

    /// <summary>Ends the turn (once; later calls do nothing).</summary>
    public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
}
