using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Publishing;

/// <summary>One page of articles.</summary>
/// <param name="Items">The articles on the page.</param>
/// <param name="Total">Matching articles on all pages.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Page size.</param>
public sealed record PagedArticles(IReadOnlyList<ArticleRecord> Items, int Total, int Page, int PageSize)
{
    /// <summary>Number of pages (at least 1).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A coin that appears in published articles.</summary>
/// <param name="Ticker">Ticker.</param>
/// <param name="Articles">Published articles tagged with it.</param>
/// <param name="LatestAt">Newest such article.</param>
public sealed record CoinSummary(string Ticker, int Articles, DateTime LatestAt);

/// <summary>One day of a coin's sentiment.</summary>
/// <param name="Day">UTC day.</param>
/// <param name="Positive">Positive articles.</param>
/// <param name="Negative">Negative articles.</param>
/// <param name="Neutral">Neutral or unscored articles.</param>
public sealed record SentimentDay(DateOnly Day, int Positive, int Negative, int Neutral);

/// <summary>A source of a story: one item with its feed's name.</summary>
/// <param name="SourceName">The source's display name.</param>
/// <param name="SourceKey">The source's key.</param>
/// <param name="Title">The item's title.</param>
/// <param name="Link">The item's link, if any.</param>
/// <param name="PublishedAt">The item's time.</param>
public sealed record StorySource(string SourceName, string SourceKey, string Title, string? Link, DateTime PublishedAt);

/// <summary>Read-only queries for the site, API and feeds.</summary>
public sealed class ArticleQueries(StoreFactory store)
{
    /// <summary>The store read from.</summary>
    public StoreFactory Store { get; } = store;

    /// <summary>Published articles, pinned first (highest <c>stickyWeight</c>), then newest.</summary>
    public async Task<PagedArticles> ListAsync(ArticleFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = Store.CreateContext();
        var q = filter.Apply(db.Articles.AsNoTracking());
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(a => a.StickyWeight).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(ct);
        return new PagedArticles(items, total, filter.Page, filter.PageSize);
    }

    /// <summary>The newest published articles for a feed (pins do not reorder feeds).</summary>
    public async Task<IReadOnlyList<ArticleRecord>> LatestAsync(ArticleFilter filter, int count, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = Store.CreateContext();
        return await filter.Apply(db.Articles.AsNoTracking())
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(count).ToListAsync(ct);
    }

    /// <summary>The article with <paramref name="slug"/>, drafts included only when <paramref name="includeDrafts"/>.</summary>
    public async Task<ArticleRecord?> FindAsync(string slug, bool includeDrafts = false, CancellationToken ct = default)
    {
        await using var db = Store.CreateContext();
        return await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug && (includeDrafts || !a.Draft), ct);
    }

    /// <summary>The story an article was written from, if any.</summary>
    public async Task<StoryRecord?> StoryAsync(long? storyId, CancellationToken ct = default)
    {
        if (storyId is null)
        {
            return null;
        }
        await using var db = Store.CreateContext();
        return await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storyId, ct);
    }

    /// <summary>Every item of the story with its source, oldest first.</summary>
    public async Task<IReadOnlyList<StorySource>> StorySourcesAsync(long? storyId, CancellationToken ct = default)
    {
        if (storyId is null)
        {
            return [];
        }
        await using var db = Store.CreateContext();
        var rows = await (from i in db.Items.AsNoTracking()
                          join s in db.Sources.AsNoTracking() on i.SourceId equals s.Id
                          where i.StoryId == storyId
                          orderby i.PublishedAt
                          select new StorySource(s.Name, s.Key, i.Title, i.Link, i.PublishedAt)).ToListAsync(ct);
        return rows;
    }

    /// <summary>Coins of published articles, most covered first.</summary>
    public async Task<IReadOnlyList<CoinSummary>> CoinsAsync(CancellationToken ct = default)
    {
        await using var db = Store.CreateContext();
        var rows = await db.Articles.AsNoTracking().Where(a => !a.Draft && a.Tags != null)
            .Select(a => new { a.Tags, a.PublishedAt }).ToListAsync(ct);
        return rows
            .SelectMany(r => ArticleFields.SplitTags(r.Tags).Where(ArticleFields.IsCoin).Distinct(StringComparer.Ordinal).Select(t => (Ticker: t, r.PublishedAt)))
            .GroupBy(x => x.Ticker, StringComparer.Ordinal)
            .Select(g => new CoinSummary(g.Key, g.Count(), g.Max(x => x.PublishedAt)))
            .OrderByDescending(c => c.Articles).ThenBy(c => c.Ticker, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Daily sentiment counts of a coin's published articles, oldest first, at most <paramref name="days"/> days with articles.</summary>
    public async Task<IReadOnlyList<SentimentDay>> SentimentAsync(string ticker, int days = 60, CancellationToken ct = default)
    {
        await using var db = Store.CreateContext();
        var q = new ArticleFilter { Coin = ticker.ToUpperInvariant() }.Apply(db.Articles.AsNoTracking());
        var rows = await q.Select(a => new { a.PublishedAt, a.Sentiment }).ToListAsync(ct);
        return rows
            .GroupBy(r => DateOnly.FromDateTime(r.PublishedAt))
            .OrderByDescending(g => g.Key).Take(days).OrderBy(g => g.Key)
            .Select(g => new SentimentDay(g.Key,
                g.Count(r => r.Sentiment == "POSITIVE"),
                g.Count(r => r.Sentiment == "NEGATIVE"),
                g.Count(r => r.Sentiment is not "POSITIVE" and not "NEGATIVE")))
            .ToList();
    }

    /// <summary>Distinct categories and source keys of published articles, sorted, for filter menus.</summary>
    public async Task<(IReadOnlyList<string> Categories, IReadOnlyList<string> Sources)> FacetsAsync(CancellationToken ct = default)
    {
        await using var db = Store.CreateContext();
        var published = db.Articles.AsNoTracking().Where(a => !a.Draft);
        var categories = await published.Where(a => a.Category != null).Select(a => a.Category!).Distinct().OrderBy(c => c).ToListAsync(ct);
        var sources = await published.Where(a => a.SourceKey != null).Select(a => a.SourceKey!).Distinct().OrderBy(c => c).ToListAsync(ct);
        return (categories, sources);
    }

    /// <summary>All stored sources, by name.</summary>
    public async Task<IReadOnlyList<SourceRecord>> SourcesAsync(CancellationToken ct = default)
    {
        await using var db = Store.CreateContext();
        return await db.Sources.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
    }

    /// <summary>The newest change among published articles (for Last-Modified), or null when there are none.</summary>
    public async Task<DateTime?> LastChangeAsync(CancellationToken ct = default)
    {
        await using var db = Store.CreateContext();
        return await db.Articles.Where(a => !a.Draft).MaxAsync(a => (DateTime?)a.UpdatedAt, ct);
    }
}
