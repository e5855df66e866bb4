namespace Coinwire.Fetching;

/// <summary>Pure scheduling rules: the adaptive poll interval and a source's state after each fetch.</summary>
public static class SourceSchedule
{
    /// <summary>Shortest adaptive interval.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(5);

    /// <summary>Longest adaptive interval.</summary>
    public static readonly TimeSpan MaxInterval = TimeSpan.FromHours(6);

    /// <summary>Interval when the source's posting rate is unknown (fewer than two dated items).</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromHours(1);

    /// <summary>Shortest configured interval honoured; guards against typos like <c>1s</c>.</summary>
    public static readonly TimeSpan MinConfiguredInterval = TimeSpan.FromMinutes(1);

    /// <summary>Most recent items looked at to estimate the posting rate.</summary>
    public const int RecentItems = 20;

    /// <summary>
    /// The poll interval: <paramref name="configured"/> when set (at least <see cref="MinConfiguredInterval"/>); else the median
    /// gap between the most recent distinct publication times, stretched to half the silence since the newest item when the
    /// feed has gone quiet, clamped to <see cref="MinInterval"/>..<see cref="MaxInterval"/>.
    /// </summary>
    public static TimeSpan PollInterval(IEnumerable<DateTimeOffset> published, DateTimeOffset now, TimeSpan? configured = null)
    {
        if (configured is { } fixedInterval)
            return fixedInterval < MinConfiguredInterval ? MinConfiguredInterval : fixedInterval;

        var recent = published.Where(p => p <= now).Distinct().OrderDescending().Take(RecentItems).ToList();
        if (recent.Count < 2)
            return DefaultInterval;
        var gaps = recent.Zip(recent.Skip(1), (newer, older) => newer - older).Order().ToList();
        var median = gaps.Count % 2 == 1
            ? gaps[gaps.Count / 2]
            : (gaps[(gaps.Count / 2) - 1] + gaps[gaps.Count / 2]) / 2;
        var silence = (now - recent[0]) / 2;
        var interval = silence > median ? silence : median;
        return interval < MinInterval ? MinInterval : interval > MaxInterval ? MaxInterval : interval;
    }

    /// <summary>
    /// The state after a fetch at <paramref name="now"/>. A success resets the error count, keeps the new validators and
    /// schedules the next poll <paramref name="interval"/> later; a failure counts an error and backs off
    /// (<see cref="BackoffPolicy.NextAttempt"/>, with <paramref name="jitter"/> in [0, 1)). <c>Retry-After</c> always wins when later.
    /// </summary>
    public static SourceFetchState Apply(SourceFetchState state, FetchResult result, DateTimeOffset now, TimeSpan interval, double jitter)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(result);
        var next = state with
        {
            LastOutcome = result.Outcome,
            LastStatusCode = result.StatusCode,
            LastAttemptAt = now,
            PermanentRedirectTo = result.PermanentRedirectTo,
        };

        if (!result.IsSuccess)
        {
            var errors = state.ErrorCount + 1;
            var retryAt = BackoffPolicy.NextAttempt(errors, now, result.RetryAfter, jitter);
            return next with { ErrorCount = errors, LastError = result.Error, NotBefore = retryAt, NextPollAt = retryAt };
        }

        var pollAt = now + interval;
        var notBefore = result.RetryAfter > now ? result.RetryAfter : null;
        if (notBefore > pollAt)
            pollAt = notBefore.Value;
        return next with
        {
            ErrorCount = 0,
            LastError = null,
            LastSuccessAt = now,
            NotBefore = notBefore,
            NextPollAt = pollAt,
            ETag = result.ETag,
            LastModified = result.LastModified,
        };
    }

    /// <summary>
    /// Whether the source may be polled at <paramref name="now"/>. With <paramref name="ignoreInterval"/> (<c>ingest --once</c>)
    /// only backoff and <c>Retry-After</c> hold it back; otherwise the normal interval too.
    /// </summary>
    public static bool IsDue(SourceFetchState state, DateTimeOffset now, bool ignoreInterval = false)
    {
        ArgumentNullException.ThrowIfNull(state);
        var until = ignoreInterval ? state.NotBefore : state.NextPollAt;
        return until is null || until <= now;
    }
}
