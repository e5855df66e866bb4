namespace Coinwire.Storage.Entities;

/// <summary>One fetch attempt of a source, kept for health and debugging.</summary>
public sealed class FetchLogEntry
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The source fetched.</summary>
    public int SourceId { get; set; }

    /// <summary>When the request started.</summary>
    public DateTime StartedAt { get; set; }

    /// <summary>Typed outcome (Ok, NotModified, HttpError, …).</summary>
    public required string Outcome { get; set; }

    /// <summary>HTTP status, when a response arrived.</summary>
    public int? HttpStatus { get; set; }

    /// <summary>Response size in bytes.</summary>
    public long Bytes { get; set; }

    /// <summary>Items in the response.</summary>
    public int ItemsSeen { get; set; }

    /// <summary>Items stored for the first time.</summary>
    public int ItemsNew { get; set; }

    /// <summary>Duration in milliseconds.</summary>
    public int ElapsedMs { get; set; }

    /// <summary>Error message, if any.</summary>
    public string? Error { get; set; }
}
