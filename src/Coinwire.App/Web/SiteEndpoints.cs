using Coinwire.App.Web.Pages;
using Coinwire.Publishing;
using Coinwire.Storage;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.App.Web;

/// <summary>The HTML pages, the stylesheet, <c>/healthz</c> and the 404 page.</summary>
public static class SiteEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (StoreFactory store, CancellationToken ct) =>
            {
                try
                {
                    await using var db = store.CreateContext();
                    // A real query, not just a connection: a missing or broken schema is unhealthy too.
                    await db.Articles.AnyAsync(ct);
                    return Results.Text("ok\n", "text/plain; charset=utf-8");
                }
                catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException && !ct.IsCancellationRequested)
                {
                    return Results.Text("store unreachable\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
                }
            })
            .WithName("Health").WithSummary("200 when the store is reachable, 503 otherwise").WithTags("Health");

        app.MapGet("/assets/site.css", () => Results.Text(Assets.SiteCss, "text/css; charset=utf-8"))
            .ExcludeFromDescription().CacheOutput(p => p.Expire(TimeSpan.FromHours(1)));

        app.MapGet("/covers/{file}", (string file) =>
                file.EndsWith(".svg", StringComparison.Ordinal) && CoverArt.IsName(file[..^4])
                    ? Results.Text(CoverArt.Svg(file[..^4]), "image/svg+xml; charset=utf-8")
                    : NotFound())
            .ExcludeFromDescription().CacheOutput(p => p.Expire(TimeSpan.FromHours(1)));

        var pages = app.MapGroup("").ExcludeFromDescription().CacheOutput(WebApp.CachePolicy);
        pages.MapGet("/", async (ArticleQueries q, string? coin, string? sentiment, string? category, string? source, int? page, CancellationToken ct) =>
            Results.Content(await HomePage.RenderAsync(q, ArticleFilter.From(coin, sentiment, category, source, page, null), ct), HtmlType));
        pages.MapGet("/articles/{slug}", async (ArticleQueries q, string slug, CancellationToken ct) =>
            Slug.IsValid(slug) && await ArticlePage.RenderAsync(q, slug, ct) is { } html
                ? Results.Content(html, HtmlType)
                : NotFound());
        pages.MapGet("/coins/{ticker}", async (ArticleQueries q, string ticker, int? page, CancellationToken ct) =>
            IsTicker(ticker) ? Results.Content(await CoinPage.RenderAsync(q, ticker, page ?? 1, ct), HtmlType) : NotFound());
        pages.MapGet("/search", async (ArticleQueries queries, string? q, int? page, CancellationToken ct) =>
            Results.Content(await SearchPage.RenderAsync(queries, q, page ?? 1, ct), HtmlType));
        app.MapFallback(() => NotFound()).ExcludeFromDescription();
    }

    /// <summary>The 404 page.</summary>
    public static IResult NotFound() =>
        Results.Content(Layout.Page("Not found", Layout.Message("Not found", "There is no page at this address.")), HtmlType, statusCode: StatusCodes.Status404NotFound);

    private static bool IsTicker(string value) =>
        value.Length is > 0 and <= 20 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_');
}
