using System.Globalization;
using Coinwire.App.Web.Pages;
using Coinwire.Publishing;
using Coinwire.Storage.Entities;

namespace Coinwire.App.Web.Admin;

/// <summary>The HTML of the admin pages; every form carries the antiforgery token given.</summary>
public static class AdminPages
{
    /// <summary>Shown on every admin route when no password is configured.</summary>
    public static string Disabled() => Layout.Page("Admin disabled", Layout.Message("Admin is disabled",
        "No admin password is configured. Set the Admin:Password setting (for example the environment variable COINWIRE__Admin__Password) and restart Coinwire to enable editing."));

    /// <summary>The login form.</summary>
    public static string Login(string token, string? returnUrl, string? error)
    {
        var h = new HtmlBuilder().Raw("<section class=\"login\"><h1>Editor login</h1>");
        if (error is not null)
        {
            h.El("p", error, ("class", "error"), ("role", "alert"));
        }
        h.Raw("<form method=\"post\" action=\"/admin/login\">").Raw(token)
            .Open("input", ("type", "hidden"), ("name", "returnUrl"), ("value", returnUrl ?? "/admin"))
            .Raw("<p><label for=\"password\">Password</label><br><input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required></p>")
            .Raw("<p><button type=\"submit\">Log in</button></p></form></section>");
        return Layout.Page("Editor login", h.ToString());
    }

    /// <summary>The dashboard: every article (drafts included) with pin and publish controls.</summary>
    public static string Dashboard(string token, IReadOnlyList<ArticleRecord> articles, int total, int page, int pageSize, string? notice)
    {
        var h = new HtmlBuilder();
        Header(h, token, "Articles");
        if (notice is not null)
        {
            h.El("p", notice, ("class", "notice"), ("role", "status"));
        }
        h.Raw("<table class=\"admin\"><caption class=\"sr-only\">Articles</caption><thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Status</th><th scope=\"col\">Pin</th><th scope=\"col\">Actions</th></tr></thead><tbody>");
        foreach (var a in articles)
        {
            var view = ArticleView.From(a);
            var basePath = "/admin/articles/" + a.Slug;
            h.Raw("<tr><td>").El("a", view.Title, ("href", basePath + "/edit")).Raw("<br><small>");
            Fragments.Time(h, a.PublishedAt);
            h.Text(" · " + (a.Category ?? "") + " · score " + a.Score.ToString(CultureInfo.InvariantCulture)).Raw("</small></td><td>");
            if (a.Draft)
            {
                h.El("strong", "Draft");
                if (!string.IsNullOrWhiteSpace(a.DraftReasons))
                {
                    h.Raw("<ul>");
                    foreach (var reason in a.DraftReasons.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        h.El("li", reason);
                    }
                    h.Raw("</ul>");
                }
            }
            else
            {
                h.El("a", "Published", ("href", "/articles/" + a.Slug));
            }
            h.Raw("</td><td>");
            h.Open("form", ("method", "post"), ("action", basePath + "/pin"), ("class", "inline")).Raw(token)
                .Open("label", ("class", "sr-only"), ("for", "w-" + a.Slug)).Text("Pin weight").Close("label")
                .Open("input", ("type", "number"), ("id", "w-" + a.Slug), ("name", "weight"), ("min", "0"), ("max", "1000"), ("value", Math.Max(a.StickyWeight, 1).ToString(CultureInfo.InvariantCulture)))
                .Raw("<button type=\"submit\">Pin</button></form>");
            if (a.StickyWeight > 0)
            {
                h.Open("form", ("method", "post"), ("action", basePath + "/pin"), ("class", "inline")).Raw(token)
                    .Raw("<input type=\"hidden\" name=\"weight\" value=\"0\"><button type=\"submit\">Unpin</button></form>")
                    .El("p", $"Pinned ({a.StickyWeight})");
            }
            h.Raw("</td><td>");
            h.Open("form", ("method", "post"), ("action", basePath + (a.Draft ? "/publish" : "/unpublish")), ("class", "inline")).Raw(token)
                .El("button", a.Draft ? "Publish" : "Unpublish", ("type", "submit")).Raw("</form> ")
                .El("a", "Edit", ("href", basePath + "/edit"));
            h.Raw("</td></tr>");
        }
        h.Raw("</tbody></table>");
        Fragments.Pager(h, new PagedArticles(articles, total, page, pageSize), p => $"/admin?page={p}");
        return Layout.Page("Admin", h.ToString());
    }

    /// <summary>The editor: title and one textarea per section, with a preview and the contract errors of the last save.</summary>
    public static string Edit(string token, string slug, string title, IReadOnlyList<ArticleSection> sections, string? previewHtml, IReadOnlyList<string> errors, string? draftReasons)
    {
        var h = new HtmlBuilder();
        Header(h, token, "Edit article");
        if (!string.IsNullOrWhiteSpace(draftReasons))
        {
            h.Raw("<div class=\"notice\"><p>This article is a draft because:</p><ul>");
            foreach (var reason in draftReasons.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                h.El("li", reason);
            }
            h.Raw("</ul></div>");
        }
        if (errors.Count > 0)
        {
            h.Raw("<div class=\"error\" role=\"alert\"><p>Not saved: the article would break the contract.</p><ul>");
            foreach (var e in errors)
            {
                h.El("li", e);
            }
            h.Raw("</ul></div>");
        }
        h.Open("form", ("method", "post"), ("action", "/admin/articles/" + slug + "/edit"), ("class", "edit")).Raw(token)
            .Raw("<label for=\"title\">Title</label>").Open("input", ("type", "text"), ("id", "title"), ("name", "title"), ("value", title), ("required", "required"));
        for (var i = 0; i < sections.Count; i++)
        {
            var s = sections[i];
            var id = "section-" + i.ToString(CultureInfo.InvariantCulture);
            h.Open("input", ("type", "hidden"), ("name", "heading"), ("value", s.Heading))
                .Open("label", ("for", id)).Text(s.Heading.Length == 0 ? "Text" : s.Heading).Close("label")
                .Open("textarea", ("id", id), ("name", "section"), ("rows", "8")).Text(s.Text).Close("textarea");
        }
        h.Raw("<p><button type=\"submit\" name=\"action\" value=\"preview\">Preview</button> <button type=\"submit\" name=\"action\" value=\"save\">Save</button> ")
            .El("a", "Cancel", ("href", "/admin")).Raw("</p></form>");
        if (previewHtml is not null)
        {
            h.Raw("<section class=\"preview\" aria-label=\"Preview\"><h2>Preview</h2>").El("h1", title).Raw("<div class=\"body\">").Raw(previewHtml).Raw("</div></section>");
        }
        return Layout.Page("Edit article", h.ToString());
    }

    /// <summary>Sources with their fetch health.</summary>
    public static string Sources(string token, IReadOnlyList<SourceRecord> sources)
    {
        var h = new HtmlBuilder();
        Header(h, token, "Sources");
        if (sources.Count == 0)
        {
            h.El("p", "No sources are stored yet; they come from sources.yaml.", ("class", "empty"));
        }
        else
        {
            h.Raw("<table class=\"admin\"><thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Status</th><th scope=\"col\">Errors</th><th scope=\"col\">Last fetch</th><th scope=\"col\">Next poll</th><th scope=\"col\">Items</th></tr></thead><tbody>");
            foreach (var s in sources)
            {
                h.Raw("<tr><td>").El("strong", s.Name).Raw("<br><small>").Text(s.Key).Raw(" · ").Link(s.Url, s.Url).Text(s.Enabled ? "" : " · disabled").Raw("</small></td>")
                    .El("td", (s.LastStatus ?? "never fetched") + (s.LastHttpStatus is { } code ? $" (HTTP {code})" : ""))
                    .Raw("<td>").Text(s.ErrorCount.ToString(CultureInfo.InvariantCulture));
                if (!string.IsNullOrEmpty(s.LastError))
                {
                    h.Raw("<br><small>").Text(s.LastError).Raw("</small>");
                }
                h.Raw("</td><td>");
                if (s.LastFetchAt is { } f)
                {
                    Fragments.Time(h, f);
                }
                h.Raw("</td><td>");
                if (s.NextPollAt is { } n)
                {
                    Fragments.Time(h, n);
                }
                h.Raw("</td>").El("td", s.ItemCount.ToString(CultureInfo.InvariantCulture)).Raw("</tr>");
            }
            h.Raw("</tbody></table>");
        }
        return Layout.Page("Sources", h.ToString());
    }

    private static void Header(HtmlBuilder h, string token, string title)
    {
        h.Raw("<nav class=\"admin-nav\" aria-label=\"Admin\"><a href=\"/admin\">Articles</a> <a href=\"/admin/sources\">Sources</a> ")
            .Raw("<form method=\"post\" action=\"/admin/logout\" class=\"inline\">").Raw(token).Raw("<button type=\"submit\">Log out</button></form></nav>")
            .El("h1", title, ("class", "page-title"));
    }
}
