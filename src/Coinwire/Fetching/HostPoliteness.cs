using Microsoft.Extensions.Options;

namespace Coinwire.Fetching;

/// <summary>
/// Per-host manners shared by every source in the process: one request at a time per host, at least
/// <see cref="FetchingOptions.MinHostDelay"/> between the end of one request and the start of the next,
/// and no request before a host's <c>Retry-After</c> time. Thread-safe; idle hosts are forgotten past a bound.
/// </summary>
public sealed class HostPoliteness
{
    /// <summary>Hosts remembered before idle ones are dropped.</summary>
    public const int MaxTrackedHosts = 4096;

    private readonly Dictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();
    private readonly IOptionsMonitor<FetchingOptions> _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the registry.</summary>
    public HostPoliteness(IOptionsMonitor<FetchingOptions> options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    /// <summary>
    /// The key a URL's manners are kept under: its host, plus the port when it is not the scheme's default. Two servers
    /// on one machine (loopback test servers, a feed proxy beside a web site) are separate hosts to be polite to.
    /// </summary>
    public static string KeyOf(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = Common.HttpUrls.HostKey(url);
        return url.IsDefaultPort ? host : $"{host}:{url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>Number of hosts currently remembered.</summary>
    public int TrackedHosts
    {
        get
        {
            lock (_gate)
                return _hosts.Count;
        }
    }

    /// <summary>
    /// Waits for the host's turn and its minimum gap, then returns a granted lease to dispose when the request is over;
    /// or, when the host asked not to be asked before a later time, a refused lease carrying that time.
    /// </summary>
    public async Task<HostLease> AcquireAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        var state = Enter(host);
        try
        {
            await state.Turn.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(state);
            throw;
        }

        try
        {
            var now = _time.GetUtcNow();
            DateTimeOffset? notBefore;
            DateTimeOffset lastFinished;
            lock (_gate)
                (notBefore, lastFinished) = (state.NotBefore, state.LastFinished);
            if (notBefore > now)
            {
                Release(state, touched: false);
                return HostLease.Refused(notBefore.Value);
            }
            var wait = lastFinished + _options.CurrentValue.MinHostDelay - now;
            if (lastFinished != default && wait > TimeSpan.Zero)
                await Task.Delay(wait, _time, cancellationToken);
            return HostLease.Granted(() => Release(state, touched: true));
        }
        catch
        {
            Release(state, touched: false);
            throw;
        }
    }

    /// <summary>Records that <paramref name="host"/> asked not to be asked again before <paramref name="notBefore"/> (the later time wins).</summary>
    public void DelayUntil(string host, DateTimeOffset notBefore)
    {
        var state = Enter(host);
        lock (_gate)
        {
            if (state.NotBefore is not { } current || notBefore > current)
                state.NotBefore = notBefore;
        }
        Leave(state);
    }

    /// <summary>The host's <c>Retry-After</c> time when it is still in the future.</summary>
    public DateTimeOffset? NotBefore(string host)
    {
        lock (_gate)
        {
            return _hosts.TryGetValue(host, out var state) && state.NotBefore > _time.GetUtcNow() ? state.NotBefore : null;
        }
    }

    private HostState Enter(string host)
    {
        lock (_gate)
        {
            if (!_hosts.TryGetValue(host, out var state))
            {
                if (_hosts.Count >= MaxTrackedHosts)
                    EvictIdle();
                state = new HostState();
                _hosts[host] = state;
            }
            state.Users++;
            return state;
        }
    }

    private void Release(HostState state, bool touched)
    {
        lock (_gate)
        {
            if (touched)
                state.LastFinished = _time.GetUtcNow();
            state.Users--;
        }
        state.Turn.Release();
    }

    private void Leave(HostState state)
    {
        lock (_gate)
            state.Users--;
    }

    private void EvictIdle()
    {
        var now = _time.GetUtcNow();
        var gap = _options.CurrentValue.MinHostDelay;
        foreach (var (host, state) in _hosts.ToList())
        {
            if (state.Users == 0 && !(state.NotBefore > now) && state.LastFinished + gap <= now)
                _hosts.Remove(host);
        }
    }

    private sealed class HostState
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);
        public int Users { get; set; }
        public DateTimeOffset LastFinished { get; set; }
        public DateTimeOffset? NotBefore { get; set; }
    }
}
