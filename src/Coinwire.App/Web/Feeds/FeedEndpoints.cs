using System.Globalization;
using Coinwire.Publishing;
using Microsoft.AspNetCore.OutputCaching;

namespace Coinwire.App.Web.Feeds;

/// <summary>Output feeds: <c>/feeds/{rss.xml|atom.xml|feed.json}</c>, per coin and per category; ETag and Last-Modified.</summary>
public static class FeedEndpoints
{
    /// <summary>Entries per feed.</summary>
    public const int ItemCount = 50;

    /// <summary>Maps the feed routes.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Feeds").CacheOutput(WebApp.CachePolicy);
        feeds.MapGet("/{file}", (HttpContext ctx, ArticleQueries q, string file, CancellationToken ct) =>
                ServeAsync(ctx, q, file, new ArticleFilter(), "Coinwire", "/", "/feeds", ct))
            .WithName("Feed").WithSummary("The site's feed: rss.xml, atom.xml or feed.json");
        feeds.MapGet("/coins/{ticker}/{file}", (HttpContext ctx, ArticleQueries q, string ticker, string file, CancellationToken ct) =>
            {
                var t = ticker.ToUpperInvariant();
                return ServeAsync(ctx, q, file, new ArticleFilter { Coin = t }, $"Coinwire: {t}", "/coins/" + Uri.EscapeDataString(t), "/feeds/coins/" + Uri.EscapeDataString(t), ct);
            })
            .WithName("CoinFeed").WithSummary("A coin's feed: rss.xml, atom.xml or feed.json");
        feeds.MapGet("/categories/{category}/{file}", (HttpContext ctx, ArticleQueries q, string category, string file, CancellationToken ct) =>
            {
                var c = category.ToUpperInvariant();
                return ServeAsync(ctx, q, file, new ArticleFilter { Category = c }, $"Coinwire: {c}", "/?category=" + Uri.EscapeDataString(c), "/feeds/categories/" + Uri.EscapeDataString(c), ct);
            })
            .WithName("CategoryFeed").WithSummary("A category's feed: rss.xml, atom.xml or feed.json");
    }

    private static async Task<IResult> ServeAsync(HttpContext ctx, ArticleQueries queries, string file, ArticleFilter filter, string title, string sitePath, string prefix, CancellationToken ct)
    {
        Func<OutputFeed, byte[]>? write = file switch
        {
            "rss.xml" => FeedWriters.Rss,
            "atom.xml" => FeedWriters.Atom,
            "feed.json" => FeedWriters.JsonFeed,
            _ => null,
        };
        if (write is null)
        {
            return Results.NotFound();
        }
        var contentType = file switch
        {
            "rss.xml" => "application/rss+xml; charset=utf-8",
            "atom.xml" => "application/atom+xml; charset=utf-8",
            _ => "application/feed+json; charset=utf-8",
        };
        var records = await queries.LatestAsync(filter, ItemCount, ct);
        var items = records.Select(r =>
        {
            var a = ArticleView.From(r);
            var url = SiteUrls.Absolute(ctx, "/articles/" + a.Slug);
            return new OutputFeedItem(url.AbsoluteUri, a.Title, url, a.Description, MarkdownRenderer.ToHtml(a.Body),
                r.PublishedAt, r.UpdatedAt, a.Tags, a.Cover?.Regular, a.SourceName);
        }).ToList();
        var updated = records.Count > 0 ? records.Max(r => r.UpdatedAt) : DateTime.UnixEpoch;
        var feed = new OutputFeed(title, "Crypto news from many sources, clustered, scored and rewritten by Coinwire.",
            SiteUrls.Absolute(ctx, sitePath), SiteUrls.Absolute(ctx, $"{prefix}/{file}"), updated, items)
        {
            Hub = Uri.TryCreate(ctx.RequestServices.GetService<IConfiguration>()?["WebSub:Hub"], UriKind.Absolute, out var hub) ? hub : null,
        };
        ctx.Response.Headers.LastModified = new DateTimeOffset(DateTime.SpecifyKind(updated, DateTimeKind.Utc)).ToString("r", CultureInfo.InvariantCulture);
        return Results.Bytes(write(feed), contentType);
    }
}
