using Coinwire.Publishing;

namespace Coinwire.App.Web.Pages;

/// <summary><c>/search?q=</c>: ranked full-text search over published articles.</summary>
public static class SearchPage
{
    /// <summary>Renders the page.</summary>
    public static async Task<string> RenderAsync(ArticleQueries queries, string? q, int page, CancellationToken ct)
    {
        page = Math.Max(1, page);
        const int size = 20;
        var h = new HtmlBuilder();
        h.Raw("<h1 class=\"page-title\">Search</h1>");
        h.Raw("<form class=\"search-big\" role=\"search\" action=\"/search\" method=\"get\"><label for=\"q\">Words to find</label>")
            .Open("input", ("type", "search"), ("id", "q"), ("name", "q"), ("value", q ?? ""), ("maxlength", "200"))
            .Raw("<button type=\"submit\">Search</button></form>");
        if (!string.IsNullOrWhiteSpace(q))
        {
            var (items, total) = await SearchIndex.SearchAsync(queries.Store, q, page, size, ct);
            h.Open("p", ("class", "result-count"), ("role", "status")).Text(total == 1 ? "1 article found." : $"{total} articles found.").Close("p");
            Fragments.Cards(h, items.Select(ArticleView.From));
            Fragments.Pager(h, new PagedArticles(items, total, page, size), p => $"/search?q={Uri.EscapeDataString(q)}&page={p}");
        }
        return Layout.Page(string.IsNullOrWhiteSpace(q) ? "Search" : $"Search: {q}", h.ToString(), query: q);
    }
}
