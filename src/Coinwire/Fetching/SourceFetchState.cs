namespace Coinwire.Fetching;

/// <summary>A source's fetch health and schedule, as kept between polls and shown by <c>coinwire sources health</c>.</summary>
public sealed record SourceFetchState
{
    /// <summary>Consecutive failed fetches; reset by a success. The source is never disabled for it.</summary>
    public int ErrorCount { get; init; }

    /// <summary>Outcome of the last fetch.</summary>
    public FetchOutcome? LastOutcome { get; init; }

    /// <summary>HTTP status of the last fetch, when a response came.</summary>
    public int? LastStatusCode { get; init; }

    /// <summary>Explanation of the last failure; <see langword="null"/> after a success.</summary>
    public string? LastError { get; init; }

    /// <summary>When the source was last fetched.</summary>
    public DateTimeOffset? LastAttemptAt { get; init; }

    /// <summary>When the source was last fetched successfully (including 304).</summary>
    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>When the scheduler should poll next (interval after a success, backoff after a failure).</summary>
    public DateTimeOffset? NextPollAt { get; init; }

    /// <summary>Earliest time any poll may happen (backoff or <c>Retry-After</c>); <see langword="null"/> when not backing off.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>Validator held for the next conditional GET.</summary>
    public string? ETag { get; init; }

    /// <summary>Validator held for the next conditional GET, verbatim.</summary>
    public string? LastModified { get; init; }

    /// <summary>Where the source permanently moved, from the last fetch; its owner should update the source's URL.</summary>
    public Uri? PermanentRedirectTo { get; init; }

    /// <summary>Short status for health output, e.g. <c>Ok 200</c>, <c>RateLimited 429</c>, <c>Blocked</c>; <c>never</c> before the first fetch.</summary>
    public string LastStatus => LastOutcome is not { } outcome
        ? "never"
        : LastStatusCode is { } code ? $"{outcome} {code}" : outcome.ToString();
}
