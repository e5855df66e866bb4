namespace Coinwire.Storage.Entities;

/// <summary>One news event, told by one or more items from different sources.</summary>
public sealed class StoryRecord
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>Title of the representative item.</summary>
    public required string Title { get; set; }

    /// <summary>Primary coin ticker or a topic; null until tagged.</summary>
    public string? Category { get; set; }

    /// <summary>Tickers (primary first) then topics, comma-separated; null until tagged.</summary>
    public string? Tags { get; set; }

    /// <summary>POSITIVE, NEGATIVE or NEUTRAL; null until scored.</summary>
    public string? Sentiment { get; set; }

    /// <summary>Probability of <see cref="Sentiment"/>.</summary>
    public double? SentimentProbability { get; set; }

    /// <summary>Importance 0–100 (0 = not scored).</summary>
    public int Score { get; set; }

    /// <summary>JSON breakdown of the score's parts.</summary>
    public string? ScoreBreakdown { get; set; }

    /// <summary>Earliest published time of its items.</summary>
    public DateTime FirstPublishedAt { get; set; }

    /// <summary>Latest change (new item joined, stage result).</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>SimHash of the representative item, for matching newcomers.</summary>
    public long SimHash { get; set; }

    /// <summary>Number of items joined into it.</summary>
    public int ItemCount { get; set; }
}
