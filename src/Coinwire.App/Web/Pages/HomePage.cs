using Coinwire.Publishing;

namespace Coinwire.App.Web.Pages;

/// <summary><c>/</c>: newest published articles, pinned first, with filters and paging.</summary>
public static class HomePage
{
    /// <summary>Renders the page.</summary>
    public static async Task<string> RenderAsync(ArticleQueries queries, ArticleFilter filter, CancellationToken ct)
    {
        var page = await queries.ListAsync(filter, ct);
        var coins = await queries.CoinsAsync(ct);
        var (categories, sources) = await queries.FacetsAsync(ct);
        var h = new HtmlBuilder();
        h.Raw("<h1 class=\"page-title\">").Text(filter.IsFiltered ? "Filtered news" : "Latest crypto news").Raw("</h1>");
        h.Raw("<form class=\"filters\" method=\"get\" action=\"/\" aria-label=\"Filter articles\">");
        Select(h, "coin", "Coin", filter.Coin, coins.Select(c => c.Ticker));
        Select(h, "sentiment", "Sentiment", filter.Sentiment, ["POSITIVE", "NEGATIVE", "NEUTRAL"]);
        Select(h, "category", "Category", filter.Category, categories);
        Select(h, "source", "Source", filter.Source, sources);
        h.Raw("<button type=\"submit\">Apply</button>");
        if (filter.IsFiltered)
        {
            h.Raw("<a class=\"reset\" href=\"/\">Clear filters</a>");
        }
        h.Raw("</form>");
        if (page.Items.Count == 0)
        {
            h.El("p", filter.IsFiltered ? "No articles match these filters." : "No articles yet. Import some with 'coinwire import DIR' or start with '--demo'.", ("class", "empty"));
        }
        Fragments.Cards(h, page.Items.Select(ArticleView.From));
        Fragments.Pager(h, page, p => Url(filter with { Page = p }));
        return Layout.Page(Layout.SiteName, h.ToString(), "Crypto news from many sources, clustered, scored and rewritten.");
    }

    /// <summary>The URL of <paramref name="filter"/> on the home page.</summary>
    public static string Url(ArticleFilter filter)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }
        Add("coin", filter.Coin);
        Add("sentiment", filter.Sentiment);
        Add("category", filter.Category);
        Add("source", filter.Source);
        Add("page", filter.Page > 1 ? filter.Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? "/" : "/?" + string.Join('&', parts);
    }

    private static void Select(HtmlBuilder h, string name, string label, string? current, IEnumerable<string> values)
    {
        h.Raw("<label>").Text(label).Open("select", ("name", name)).El("option", "Any", ("value", ""));
        var list = values.ToList();
        if (current is not null && !list.Contains(current, StringComparer.OrdinalIgnoreCase))
        {
            list.Insert(0, current);
        }
        foreach (var v in list)
        {
            h.Open("option", ("value", v), ("selected", string.Equals(v, current, StringComparison.OrdinalIgnoreCase) ? "selected" : null)).Text(v).Close("option");
        }
        h.Raw("</select></label>");
    }
}
