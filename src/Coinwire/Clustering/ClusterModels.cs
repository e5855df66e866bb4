namespace Coinwire.Clustering;

/// <summary>What an item offers to clustering.</summary>
/// <param name="SourceKey">The source's key (<c>bloomberg_crypto_</c>); near-duplicates are only joined across different keys.</param>
/// <param name="Title">Plain-text title.</param>
/// <param name="Lead">Plain-text summary or opening of the body; may be null.</param>
/// <param name="PublishedAt">Publication time, UTC.</param>
/// <param name="ExternalId">The source's own id (guid, atom id), if any.</param>
/// <param name="CanonicalLink">Canonical link, if any.</param>
/// <param name="ContentHash">The stored content hash (<see cref="ExactDuplicateKeys.ContentHash(string?, string?)"/> of title and full text); when null, <see cref="TextFingerprint.TokenHash"/> of title and lead stands in.</param>
public sealed record ClusterItem(
    string SourceKey,
    string Title,
    string? Lead,
    DateTime PublishedAt,
    string? ExternalId = null,
    string? CanonicalLink = null,
    string? ContentHash = null)
{
    /// <summary>The item's exact-duplicate keys (content key computed from title and lead when <see cref="ContentHash"/> is null).</summary>
    public ExactDuplicateKeys Keys() => Keys(ContentHash is null ? TextFingerprint.Create(Title, Lead) : null);

    /// <summary>
    /// The item's exact-duplicate keys; without a stored <see cref="ContentHash"/> the content key is
    /// <paramref name="fingerprint"/>'s <see cref="TextFingerprint.TokenHash"/>, which saves normalizing the text twice.
    /// </summary>
    public ExactDuplicateKeys Keys(TextFingerprint? fingerprint)
    {
        var keys = ExactDuplicateKeys.For(SourceKey, ExternalId, CanonicalLink, null, null);
        var content = ContentHash ?? (fingerprint ?? TextFingerprint.Create(Title, Lead)).TokenHash();
        return keys with { Content = "hash:" + content };
    }
}

/// <summary>How an item was found to belong to a story.</summary>
public enum MatchKind
{
    /// <summary>Same source and same external id.</summary>
    ExternalId,

    /// <summary>Same canonical link.</summary>
    Link,

    /// <summary>Same content hash of normalized title and text.</summary>
    Content,

    /// <summary>Similar wording from another source within the time window.</summary>
    NearDuplicate,
}

/// <summary>The story an item joins.</summary>
/// <param name="StoryId">The story's id.</param>
/// <param name="Score">Similarity (0–1) for <see cref="MatchKind.NearDuplicate"/>; 1 for exact duplicates.</param>
/// <param name="Kind">Why it matched.</param>
public sealed record StoryMatch(long StoryId, double Score, MatchKind Kind)
{
    /// <summary>Whether the item is an exact duplicate of one already indexed (to be merged, not listed as another source).</summary>
    public bool IsExact => Kind != MatchKind.NearDuplicate;
}

/// <summary>The outcome of <see cref="StoryIndex.Assign"/>.</summary>
/// <param name="StoryId">The story the item now belongs to.</param>
/// <param name="Match">The match found, or null when a new story was created.</param>
public sealed record StoryAssignment(long StoryId, StoryMatch? Match)
{
    /// <summary>Whether a new story was created for the item.</summary>
    public bool IsNewStory => Match is null;
}

/// <summary>Settings of a <see cref="StoryIndex"/>.</summary>
public sealed class StoryIndexOptions
{
    /// <summary>
    /// Default near-duplicate threshold on <see cref="TextFingerprint.Similarity"/>: on the labeled pairs
    /// (testdata/clustering/pairs.tsv) it keeps precision at or above 0.9 with the best recall.
    /// </summary>
    public const double DefaultThreshold = 0.24;

    /// <summary>Items further apart in time than this are never near-duplicates; indexed items older than this are evicted. Default 48 h.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(48);

    /// <summary>Minimum similarity for a near-duplicate. Default <see cref="DefaultThreshold"/>.</summary>
    public double Threshold { get; set; } = DefaultThreshold;

    /// <summary>
    /// Candidates whose MinHash estimate is below <see cref="Threshold"/> minus this margin are skipped without
    /// the exact comparison (about three standard errors of a 128-value signature). Default 0.12.
    /// </summary>
    public double PrefilterMargin { get; set; } = 0.12;
}
