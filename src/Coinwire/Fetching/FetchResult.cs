namespace Coinwire.Fetching;

/// <summary>What a fetch produced: the outcome, the body when there is one, and the HTTP metadata worth keeping.</summary>
public sealed record FetchResult
{
    /// <summary>How the fetch ended.</summary>
    public required FetchOutcome Outcome { get; init; }

    /// <summary>HTTP status of the last response, or <see langword="null"/> when none was received.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The decoded (decompressed) body; <see langword="null"/> unless <see cref="Outcome"/> is <see cref="FetchOutcome.Ok"/>.</summary>
    public byte[]? Body { get; init; }

    /// <summary>The response's <c>Content-Type</c> header as sent (charset included).</summary>
    public string? ContentType { get; init; }

    /// <summary>The validator to send next time as <c>If-None-Match</c>.</summary>
    public string? ETag { get; init; }

    /// <summary>The validator to send next time as <c>If-Modified-Since</c>, verbatim.</summary>
    public string? LastModified { get; init; }

    /// <summary>The URL of the last request made (after redirects).</summary>
    public required Uri FinalUrl { get; init; }

    /// <summary>Where the source's URL moved for good (301/308 from the first hop on); the source should be updated to it.</summary>
    public Uri? PermanentRedirectTo { get; init; }

    /// <summary>The time before which the host asked not to be asked again (<c>Retry-After</c>).</summary>
    public DateTimeOffset? RetryAfter { get; init; }

    /// <summary>Time spent, waits for the host included.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>A one-line explanation when the outcome is not a success.</summary>
    public string? Error { get; init; }

    /// <summary><see langword="true"/> for <see cref="FetchOutcome.Ok"/> and <see cref="FetchOutcome.NotModified"/>.</summary>
    public bool IsSuccess => Outcome is FetchOutcome.Ok or FetchOutcome.NotModified;
}
