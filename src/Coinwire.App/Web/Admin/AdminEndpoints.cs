using System.Globalization;
using System.Security.Claims;
using Coinwire.Articles;
using Coinwire.Publishing;
using Coinwire.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.App.Web.Admin;

/// <summary>
/// <c>/admin</c>: cookie login (password from <c>Admin:Password</c>, lockout after repeated failures), pin, publish,
/// edit with preview, sources and health. Every form post is checked against its antiforgery token.
/// </summary>
public static class AdminEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";
    private const int PageSize = 50;

    /// <summary>Registers authentication, authorization, antiforgery and the admin services.</summary>
    public static void AddAdmin(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/admin/login";
            o.LogoutPath = "/admin/logout";
            o.AccessDeniedPath = "/admin/login";
            o.Cookie.Name = "coinwire_admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.AddAuthorization();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "coinwire_af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<AdminPassword>();
    }

    /// <summary>Maps the admin routes.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/admin").ExcludeFromDescription().AddEndpointFilter(DisabledFilter);
        open.MapGet("/login", (HttpContext ctx, IAntiforgery af, string? returnUrl) =>
            Html(AdminPages.Login(Token(ctx, af), LocalAdminUrl(returnUrl), null)));
        open.MapPost("/login", LoginAsync).RequireRateLimiting(WebApp.LoginRateLimit);

        var admin = app.MapGroup("/admin").ExcludeFromDescription().AddEndpointFilter(DisabledFilter).RequireAuthorization();
        admin.MapPost("/logout", async (HttpContext ctx, IAntiforgery af) =>
        {
            if (!await ValidAsync(ctx, af))
            {
                return BadForm();
            }
            await ctx.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/", permanent: false);
        });
        admin.MapGet("", async (HttpContext ctx, IAntiforgery af, StoreFactory store, int? page, string? done, CancellationToken ct) =>
        {
            var p = Math.Max(1, page ?? 1);
            await using var db = store.CreateContext();
            var total = await db.Articles.CountAsync(ct);
            var items = await db.Articles.AsNoTracking().OrderByDescending(a => a.Draft).ThenByDescending(a => a.StickyWeight)
                .ThenByDescending(a => a.PublishedAt).Skip((p - 1) * PageSize).Take(PageSize).ToListAsync(ct);
            return Html(AdminPages.Dashboard(Token(ctx, af), items, total, p, PageSize, done is null ? null : "Saved."));
        });
        admin.MapGet("/sources", async (HttpContext ctx, IAntiforgery af, ArticleQueries q, CancellationToken ct) =>
            Html(AdminPages.Sources(Token(ctx, af), await q.SourcesAsync(ct))));
        admin.MapPost("/articles/{slug}/pin", (HttpContext ctx, IAntiforgery af, ArticleEditor editor, IOutputCacheStore cache, string slug, CancellationToken ct) =>
            ChangeAsync(ctx, af, cache, async form =>
                int.TryParse(form["weight"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) && await editor.PinAsync(slug, w, ct), ct));
        admin.MapPost("/articles/{slug}/publish", (HttpContext ctx, IAntiforgery af, ArticleEditor editor, IOutputCacheStore cache, string slug, CancellationToken ct) =>
            ChangeAsync(ctx, af, cache, _ => editor.SetDraftAsync(slug, publish: true, ct), ct));
        admin.MapPost("/articles/{slug}/unpublish", (HttpContext ctx, IAntiforgery af, ArticleEditor editor, IOutputCacheStore cache, string slug, CancellationToken ct) =>
            ChangeAsync(ctx, af, cache, _ => editor.SetDraftAsync(slug, publish: false, ct), ct));
        admin.MapGet("/articles/{slug}/edit", async (HttpContext ctx, IAntiforgery af, ArticleQueries q, string slug, CancellationToken ct) =>
        {
            var record = await q.FindAsync(slug, includeDrafts: true, ct);
            if (record is null)
            {
                return SiteEndpoints.NotFound();
            }
            var a = Article.Parse(record.Markdown);
            return Html(AdminPages.Edit(Token(ctx, af), slug, a.Title ?? record.Title, ArticleSections.Split(a.Body), null, [], record.DraftReasons));
        });
        admin.MapPost("/articles/{slug}/edit", EditAsync);
    }

    private static async Task<IResult> LoginAsync(HttpContext ctx, IAntiforgery af, AdminPassword password, LoginThrottle throttle)
    {
        if (!await ValidAsync(ctx, af))
        {
            return BadForm();
        }
        var form = await ctx.Request.ReadFormAsync(ctx.RequestAborted);
        var returnUrl = LocalAdminUrl(form["returnUrl"]);
        var client = ctx.Connection.RemoteIpAddress?.ToString() ?? "local";
        if (throttle.IsLocked(client))
        {
            return Html(AdminPages.Login(Token(ctx, af), returnUrl, "Too many failed attempts. Try again in a few minutes."), StatusCodes.Status429TooManyRequests);
        }
        if (!password.Matches(form["password"]))
        {
            throttle.Fail(client);
            return Html(AdminPages.Login(Token(ctx, af), returnUrl, "Wrong password."), StatusCodes.Status401Unauthorized);
        }
        throttle.Succeed(client);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "editor")], CookieAuthenticationDefaults.AuthenticationScheme);
        await ctx.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(returnUrl);
    }

    private static async Task<IResult> EditAsync(HttpContext ctx, IAntiforgery af, ArticleQueries q, ArticleEditor editor, IOutputCacheStore cache, string slug, CancellationToken ct)
    {
        if (!await ValidAsync(ctx, af))
        {
            return BadForm();
        }
        var record = await q.FindAsync(slug, includeDrafts: true, ct);
        if (record is null)
        {
            return SiteEndpoints.NotFound();
        }
        var form = await ctx.Request.ReadFormAsync(ct);
        var title = form["title"].ToString();
        var headings = form["heading"];
        var texts = form["section"];
        var sections = Enumerable.Range(0, Math.Min(headings.Count, texts.Count))
            .Select(i => new ArticleSection((headings[i] ?? "").Trim(), texts[i] ?? "")).ToList();
        if (form["action"] == "save")
        {
            var errors = await editor.SaveAsync(slug, title, sections, ct);
            if (errors is { Count: 0 })
            {
                await WebApp.ArticlesChangedAsync(cache, ct);
                return Results.Redirect("/admin?done=1");
            }
            return Html(AdminPages.Edit(Token(ctx, af), slug, title, sections, null, [.. (errors ?? []).Select(e => e.ToString())], record.DraftReasons), StatusCodes.Status422UnprocessableEntity);
        }
        var preview = ArticleEditor.Edit(record.Markdown, title, sections);
        return Html(AdminPages.Edit(Token(ctx, af), slug, preview.Title ?? "", sections, MarkdownRenderer.ToHtml(preview.Body), [], record.DraftReasons));
    }

    private static async Task<IResult> ChangeAsync(HttpContext ctx, IAntiforgery af, IOutputCacheStore cache, Func<IFormCollection, Task<bool>> change, CancellationToken ct)
    {
        if (!await ValidAsync(ctx, af))
        {
            return BadForm();
        }
        var form = await ctx.Request.ReadFormAsync(ct);
        if (!await change(form))
        {
            return SiteEndpoints.NotFound();
        }
        await WebApp.ArticlesChangedAsync(cache, ct);
        return Results.Redirect("/admin?done=1");
    }

    private static async ValueTask<object?> DisabledFilter(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<AdminPassword>().Enabled
            ? await next(context)
            : Html(AdminPages.Disabled(), StatusCodes.Status403Forbidden);

    private static async Task<bool> ValidAsync(HttpContext ctx, IAntiforgery af)
    {
        if (!ctx.Request.HasFormContentType)
        {
            return false;
        }
        try
        {
            await af.ValidateRequestAsync(ctx);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private static string Token(HttpContext ctx, IAntiforgery af)
    {
        var tokens = af.GetAndStoreTokens(ctx);
        ctx.Response.Headers.CacheControl = "no-store";
        return new HtmlBuilder().Open("input", ("type", "hidden"), ("name", tokens.FormFieldName), ("value", tokens.RequestToken)).ToString();
    }

    // Only admin paths on this site: never an open redirect.
    private static string LocalAdminUrl(string? url) =>
        url is not null && url.StartsWith("/admin", StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : "/admin";

    private static IResult BadForm() =>
        Results.Content(Pages.Layout.Page("Bad request", Pages.Layout.Message("The form has expired", "Reload the page and try again.")), HtmlType, statusCode: StatusCodes.Status400BadRequest);

    private static IResult Html(string html, int status = StatusCodes.Status200OK) => Results.Content(html, HtmlType, statusCode: status);
}
