using System.Globalization;
using System.Net.Http.Headers;

namespace Coinwire.Images;

/// <summary>
/// The hourly request budget Unsplash reports in <c>X-Ratelimit-Limit</c> / <c>X-Ratelimit-Remaining</c>, shared by every
/// request of the process. Once the budget is spent no request is made until an hour has passed since it was last reported.
/// </summary>
public sealed class UnsplashRateLimit
{
    /// <summary>How long a reported budget holds: Unsplash counts requests per hour.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private int? _remaining;
    private DateTimeOffset _observedAt;

    /// <summary>Creates an empty budget (unknown until the first response).</summary>
    public UnsplashRateLimit(TimeProvider time) => _time = time;

    /// <summary>The last <c>X-Ratelimit-Limit</c> seen.</summary>
    public int? Limit { get; private set; }

    /// <summary>The requests left in the current window, or <see langword="null"/> when unknown or the window has passed.</summary>
    public int? Remaining
    {
        get
        {
            lock (_gate)
                return Current();
        }
    }

    /// <summary>Whether <paramref name="requests"/> more requests fit in what is left.</summary>
    public bool HasBudget(int requests)
    {
        lock (_gate)
            return Current() is not { } left || left >= requests;
    }

    /// <summary>Records the budget a response reported; responses without the headers change nothing.</summary>
    public void Observe(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var remaining = Header(headers, "X-Ratelimit-Remaining");
        var limit = Header(headers, "X-Ratelimit-Limit");
        lock (_gate)
        {
            if (limit is not null)
                Limit = limit;
            if (remaining is not null)
            {
                _remaining = Math.Max(0, remaining.Value);
                _observedAt = _time.GetUtcNow();
            }
        }
    }

    /// <summary>Marks the budget spent (a 403 "Rate Limit Exceeded" or 429 without headers).</summary>
    public void Exhaust()
    {
        lock (_gate)
        {
            _remaining = 0;
            _observedAt = _time.GetUtcNow();
        }
    }

    private int? Current() => _remaining is { } left && _time.GetUtcNow() - _observedAt < Window ? left : null;

    private static int? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
}
