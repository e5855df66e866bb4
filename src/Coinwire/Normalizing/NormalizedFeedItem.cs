using System.Text.Json.Serialization;

namespace Coinwire.Normalizing;

/// <summary>One item as <c>coinwire feed parse</c> reports it: plain text, sanitized HTML, absolute URLs, UTC times.</summary>
public sealed record NormalizedFeedItem
{
    /// <summary>Stable id: the feed's guid/id, else the canonical link, else <c>sha256:</c> of title and summary.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Plain-text title, or null.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Absolute canonical link, or null.</summary>
    [JsonPropertyName("link")]
    public string? Link { get; init; }

    /// <summary>Publication time, ISO 8601 UTC (<c>yyyy-MM-ddTHH:mm:ssZ</c>), or null.</summary>
    [JsonPropertyName("published")]
    public string? Published { get; init; }

    /// <summary>Last update time, ISO 8601 UTC, or null.</summary>
    [JsonPropertyName("updated")]
    public string? Updated { get; init; }

    /// <summary>Plain-text author names joined with ", ", or null.</summary>
    [JsonPropertyName("author")]
    public string? Author { get; init; }

    /// <summary>Plain-text summary, or null.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    /// <summary>Sanitized HTML of the fullest body, or null.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>Absolute image URL, or null.</summary>
    [JsonPropertyName("image")]
    public string? Image { get; init; }

    /// <summary>Plain-text categories, duplicates removed.</summary>
    [JsonPropertyName("categories")]
    public IReadOnlyList<string> Categories { get; init; } = [];
}
