namespace Coinwire.Storage.Entities;

/// <summary>A publishable article: the Markdown file as text plus the fields the site filters on.</summary>
public sealed class ArticleRecord
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>URL slug (unique).</summary>
    public required string Slug { get; set; }

    /// <summary>The story it was written from; null for imported articles without one.</summary>
    public long? StoryId { get; set; }

    /// <summary>The whole article file (front matter and body), in the contract's format.</summary>
    public required string Markdown { get; set; }

    /// <summary>Title (denormalized for listing and search).</summary>
    public required string Title { get; set; }

    /// <summary>Primary coin or topic.</summary>
    public string? Category { get; set; }

    /// <summary>Comma-separated tags.</summary>
    public string? Tags { get; set; }

    /// <summary>POSITIVE, NEGATIVE or NEUTRAL.</summary>
    public string? Sentiment { get; set; }

    /// <summary>Importance 0–100.</summary>
    public int Score { get; set; }

    /// <summary>Editor's pin; higher sorts first.</summary>
    public int StickyWeight { get; set; }

    /// <summary>Drafts are stored but not published.</summary>
    public bool Draft { get; set; }

    /// <summary>Why the article is a draft (grounding failures), newline-separated.</summary>
    public string? DraftReasons { get; set; }

    /// <summary>Source key of the article.</summary>
    public string? SourceKey { get; set; }

    /// <summary>Source's publication time.</summary>
    public DateTime PublishedAt { get; set; }

    /// <summary>Last change.</summary>
    public DateTime UpdatedAt { get; set; }
}
