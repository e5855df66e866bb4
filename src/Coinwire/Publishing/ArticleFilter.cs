using Coinwire.Storage.Entities;

namespace Coinwire.Publishing;

/// <summary>The list filters shared by the site, the API and the feeds (<c>?coin=BTC&amp;sentiment=NEGATIVE&amp;category=&amp;source=</c>).</summary>
public sealed record ArticleFilter
{
    /// <summary>Largest page size.</summary>
    public const int MaxPageSize = 100;

    /// <summary>A coin ticker that must be among the tags (upper-case).</summary>
    public string? Coin { get; init; }

    /// <summary>POSITIVE, NEGATIVE or NEUTRAL.</summary>
    public string? Sentiment { get; init; }

    /// <summary>Exact category.</summary>
    public string? Category { get; init; }

    /// <summary>Source key.</summary>
    public string? Source { get; init; }

    /// <summary>1-based page.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Items per page, 1–<see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>A filter from raw query values, normalized and clamped.</summary>
    public static ArticleFilter From(string? coin, string? sentiment, string? category, string? source, int? page, int? pageSize, int defaultPageSize = 20) => new()
    {
        Coin = Upper(coin),
        Sentiment = Upper(sentiment),
        Category = Upper(category),
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim().ToLowerInvariant(),
        Page = Math.Max(1, page ?? 1),
        PageSize = Math.Clamp(pageSize ?? defaultPageSize, 1, MaxPageSize),
    };

    /// <summary>True when any of the four filters is set.</summary>
    public bool IsFiltered => Coin is not null || Sentiment is not null || Category is not null || Source is not null;

    /// <summary>Published (not draft) articles matching the filters, unordered.</summary>
    public IQueryable<ArticleRecord> Apply(IQueryable<ArticleRecord> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var q = articles.Where(a => !a.Draft);
        if (Coin is { } coin)
        {
            var needle = "," + coin + ",";
            q = q.Where(a => ("," + a.Tags + ",").Contains(needle));
        }
        if (Sentiment is { } sentiment)
        {
            q = q.Where(a => a.Sentiment == sentiment);
        }
        if (Category is { } category)
        {
            q = q.Where(a => a.Category == category);
        }
        if (Source is { } source)
        {
            q = q.Where(a => a.SourceKey == source);
        }
        return q;
    }

    private static string? Upper(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();
}
