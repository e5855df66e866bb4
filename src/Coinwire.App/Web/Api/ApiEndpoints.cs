using Coinwire.App.Web.Pages;
using Coinwire.Publishing;
using Coinwire.Storage.Entities;
using Coinwire.Tagging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;

namespace Coinwire.App.Web.Api;

/// <summary>The JSON API under <c>/api</c>.</summary>
public static class ApiEndpoints
{
    /// <summary>Maps the API routes.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("API").CacheOutput(WebApp.CachePolicy).RequireRateLimiting(WebApp.ApiRateLimit);
        api.MapGet("/articles", async (HttpContext ctx, ArticleQueries q, string? coin, string? sentiment, string? category, string? source, int? page, int? pageSize, CancellationToken ct) =>
            {
                var filter = ArticleFilter.From(coin, sentiment, category, source, page, pageSize);
                var list = await q.ListAsync(filter, ct);
                return TypedResults.Ok(new PagedList<ApiArticle>([.. list.Items.Select(r => ToApi(ctx, ArticleView.From(r)))], list.Total, list.Page, list.PageSize));
            })
            .WithName("ListArticles").WithSummary("Published articles, pinned first, then newest; filters coin, sentiment, category, source; page, pageSize ≤ 100");
        api.MapGet("/articles/{slug}", async Task<Results<Ok<ApiArticleDetail>, NotFound>> (HttpContext ctx, ArticleQueries q, string slug, CancellationToken ct) =>
            {
                var record = await q.FindAsync(slug, ct: ct);
                if (record is null)
                {
                    return TypedResults.NotFound();
                }
                var a = ArticleView.From(record);
                var story = await q.StoryAsync(record.StoryId, ct);
                var items = await q.StorySourcesAsync(record.StoryId, ct);
                return TypedResults.Ok(new ApiArticleDetail(ToApi(ctx, a), a.Body, MarkdownRenderer.ToHtml(a.Body), record.Markdown,
                    [.. ScoreBreakdown.Parse(story?.ScoreBreakdown).Select(p => new ApiScorePart(p.Label, p.Value))],
                    [.. items.Select(i => new ApiStoryItem(i.SourceName, i.SourceKey, i.Title, i.Link, i.PublishedAt))]));
            })
            .WithName("GetArticle").WithSummary("One published article with its body, score breakdown and story sources");
        api.MapGet("/coins", async (HttpContext ctx, ArticleQueries q, CancellationToken ct) =>
            {
                var coins = await q.CoinsAsync(ct);
                return TypedResults.Ok(coins.Select(c => new ApiCoin(c.Ticker,
                    CoinDictionary.Default.TryGet(c.Ticker, out var info) ? info.Name : null, c.Articles, c.LatestAt,
                    SiteUrls.Absolute(ctx, "/coins/" + Uri.EscapeDataString(c.Ticker)).AbsoluteUri)).ToList());
            })
            .WithName("ListCoins").WithSummary("Coins of published articles, most covered first");
        api.MapGet("/sources", async (ArticleQueries q, CancellationToken ct) =>
                TypedResults.Ok((await q.SourcesAsync(ct)).Select(ToApi).ToList()))
            .WithName("ListSources").WithSummary("Configured sources with their fetch health");
    }

    /// <summary>The API shape of an article.</summary>
    public static ApiArticle ToApi(HttpContext ctx, ArticleView a)
    {
        var r = a.Record;
        return new ApiArticle(a.Slug, SiteUrls.Absolute(ctx, "/articles/" + a.Slug).AbsoluteUri, a.Title, a.Description, r.PublishedAt, r.UpdatedAt,
            a.Lang, r.Category, a.Tags, a.Coins, r.Sentiment, r.Score, r.StickyWeight, new ApiSourceRef(a.SourceName, r.SourceKey, a.SourceType),
            a.Cover is { } c ? new ApiCover(c.Regular, c.Small, c.Thumb, c.Alt, c.CreditName, c.CreditUrl) : null);
    }

    private static ApiSource ToApi(SourceRecord s) => new(s.Key, s.Name, s.Url, s.Type, s.Lang, s.Weight, s.Enabled, s.LastStatus,
        s.LastHttpStatus, s.LastError, s.LastFetchAt, s.LastSuccessAt, s.ErrorCount, s.NextPollAt, s.ETag, s.LastModified, s.ItemCount);
}
