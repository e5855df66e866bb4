namespace Coinwire.Fetching;

/// <summary>
/// When to try a failing source again: exponential in the number of consecutive errors, with full jitter, capped at a day
/// and never disabled, and never earlier than the server's <c>Retry-After</c>.
/// </summary>
public static class BackoffPolicy
{
    /// <summary>Delay after the first error.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMinutes(1);

    /// <summary>Longest delay, whatever the error count.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(1);

    /// <summary>The largest delay after <paramref name="errorCount"/> consecutive errors: <see cref="BaseDelay"/>·2^(n−1), at most <see cref="MaxDelay"/>.</summary>
    public static TimeSpan Ceiling(int errorCount)
    {
        if (errorCount <= 0)
            return TimeSpan.Zero;
        var exponent = Math.Min(errorCount - 1, 30);
        var ticks = BaseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>
    /// The delay after <paramref name="errorCount"/> consecutive errors: uniform between <see cref="BaseDelay"/> and
    /// <see cref="Ceiling"/>, picked by <paramref name="jitter"/> in [0, 1). Zero when there is no error.
    /// </summary>
    public static TimeSpan Delay(int errorCount, double jitter)
    {
        var ceiling = Ceiling(errorCount);
        if (ceiling <= BaseDelay)
            return ceiling;
        jitter = Math.Clamp(jitter, 0, 1);
        return BaseDelay + TimeSpan.FromTicks((long)((ceiling - BaseDelay).Ticks * jitter));
    }

    /// <summary>
    /// The next attempt after a failure: the jittered delay from <paramref name="now"/>, or the server's
    /// <paramref name="retryAfter"/> when later; never more than <see cref="MaxDelay"/> away.
    /// </summary>
    public static DateTimeOffset NextAttempt(int errorCount, DateTimeOffset now, DateTimeOffset? retryAfter, double jitter)
    {
        var next = now + Delay(Math.Max(errorCount, 1), jitter);
        if (retryAfter > next)
            next = retryAfter.Value;
        var latest = now + MaxDelay;
        return next > latest ? latest : next;
    }
}
