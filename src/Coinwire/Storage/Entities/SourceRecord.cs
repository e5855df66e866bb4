namespace Coinwire.Storage.Entities;

/// <summary>A source as stored: its configuration plus fetch state and health.</summary>
public sealed class SourceRecord
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>Key derived from the name (unique).</summary>
    public required string Key { get; set; }

    /// <summary>Display name.</summary>
    public required string Name { get; set; }

    /// <summary>Feed URL as configured.</summary>
    public required string Url { get; set; }

    /// <summary>Declared type: RSS, ATOM, JSON_FEED or MANUAL.</summary>
    public required string Type { get; set; }

    /// <summary>ISO 639-1 language.</summary>
    public string Lang { get; set; } = "en";

    /// <summary>Trust used by scoring.</summary>
    public double Weight { get; set; } = 1.0;

    /// <summary>Fixed poll interval in seconds; null for adaptive.</summary>
    public int? IntervalSeconds { get; set; }

    /// <summary>Whether the source is polled.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>ETag from the last 200 response.</summary>
    public string? ETag { get; set; }

    /// <summary>Last-Modified from the last 200 response (raw header value).</summary>
    public string? LastModified { get; set; }

    /// <summary>Outcome of the last fetch (e.g. Ok, NotModified, RateLimited).</summary>
    public string? LastStatus { get; set; }

    /// <summary>HTTP status of the last fetch, when there was a response.</summary>
    public int? LastHttpStatus { get; set; }

    /// <summary>Message of the last error, cleared on success.</summary>
    public string? LastError { get; set; }

    /// <summary>When the source was last fetched.</summary>
    public DateTime? LastFetchAt { get; set; }

    /// <summary>When the source last returned new content.</summary>
    public DateTime? LastSuccessAt { get; set; }

    /// <summary>Consecutive failures; drives backoff, reset on success.</summary>
    public int ErrorCount { get; set; }

    /// <summary>Earliest time of the next poll (backoff, Retry-After or interval).</summary>
    public DateTime? NextPollAt { get; set; }

    /// <summary>Not to be polled before this time, even by <c>ingest --once</c> (backoff, <c>Retry-After</c>).</summary>
    public DateTime? NotBefore { get; set; }

    /// <summary>Where a permanent redirect (301/308) pointed last time.</summary>
    public string? PermanentRedirectUrl { get; set; }

    /// <summary>Distinct items stored from this source.</summary>
    public int ItemCount { get; set; }

    /// <summary>Worker holding the fetch claim, if any.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>When the fetch claim expires.</summary>
    public DateTime? ClaimExpiresAt { get; set; }
}
