namespace Coinwire.Storage.Entities;

/// <summary>One normalized feed item, stored once per (source, external id).</summary>
public sealed class ItemRecord
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The source it came from.</summary>
    public int SourceId { get; set; }

    /// <summary>The source's own id for the item (guid, atom id, else canonical link, else content hash).</summary>
    public required string ExternalId { get; set; }

    /// <summary>Canonical link (absolute, tracking parameters removed).</summary>
    public string? Link { get; set; }

    /// <summary>SHA-256 of the normalized title and text: exact-duplicate detection across sources.</summary>
    public required string ContentHash { get; set; }

    /// <summary>Plain-text title.</summary>
    public required string Title { get; set; }

    /// <summary>Plain-text summary.</summary>
    public string? Summary { get; set; }

    /// <summary>Sanitized HTML body (the fullest the feed had).</summary>
    public string? ContentHtml { get; set; }

    /// <summary>Author names, comma-separated.</summary>
    public string? Author { get; set; }

    /// <summary>Cover image URL from the feed.</summary>
    public string? ImageUrl { get; set; }

    /// <summary>Feed categories, newline-separated.</summary>
    public string? Categories { get; set; }

    /// <summary>ISO 639-1 language.</summary>
    public string? Lang { get; set; }

    /// <summary>Source's publication time (UTC), or the first-seen time when the feed has none.</summary>
    public DateTime PublishedAt { get; set; }

    /// <summary>Source's update time, if given.</summary>
    public DateTime? UpdatedAt { get; set; }

    /// <summary>When Coinwire first stored it.</summary>
    public DateTime FetchedAt { get; set; }

    /// <summary>64-bit SimHash of title and lead, for near-duplicate clustering.</summary>
    public long SimHash { get; set; }

    /// <summary>
    /// The first stored item with the same id or canonical link from another source; such an item is kept (its source
    /// joins the story) but not counted as a distinct item.
    /// </summary>
    public long? DuplicateOfId { get; set; }

    /// <summary>The story it belongs to, once clustered.</summary>
    public long? StoryId { get; set; }
}
