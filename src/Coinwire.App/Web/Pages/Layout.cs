namespace Coinwire.App.Web.Pages;

/// <summary>An alternate (feed) link of a page.</summary>
/// <param name="Title">Link title.</param>
/// <param name="Href">Site-relative URL.</param>
/// <param name="Type">MIME type.</param>
public sealed record FeedLink(string Title, string Href, string Type);

/// <summary>The site's page frame: head with feed links, header with navigation and search, footer.</summary>
public static class Layout
{
    /// <summary>The site's name.</summary>
    public const string SiteName = "Coinwire";

    /// <summary>The three feeds under <paramref name="prefix"/> (e.g. <c>/feeds</c> or <c>/feeds/coins/BTC</c>).</summary>
    public static IReadOnlyList<FeedLink> Feeds(string prefix, string label) =>
    [
        new($"{label} (RSS)", $"{prefix}/rss.xml", "application/rss+xml"),
        new($"{label} (Atom)", $"{prefix}/atom.xml", "application/atom+xml"),
        new($"{label} (JSON Feed)", $"{prefix}/feed.json", "application/feed+json"),
    ];

    /// <summary>A whole page around <paramref name="main"/>.</summary>
    public static string Page(string title, string main, string? description = null, IReadOnlyList<FeedLink>? feeds = null, string? query = null, string lang = "en")
    {
        var h = new HtmlBuilder();
        h.Raw("<!DOCTYPE html>\n").Open("html", ("lang", lang)).Raw("<head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<meta name=\"color-scheme\" content=\"light dark\">")
            .El("title", title == SiteName ? SiteName : $"{title} · {SiteName}");
        if (description is { Length: > 0 })
        {
            h.Open("meta", ("name", "description"), ("content", description));
        }
        h.Raw("<link rel=\"stylesheet\" href=\"/assets/site.css\">");
        foreach (var f in Feeds("/feeds", SiteName).Concat(feeds ?? []))
        {
            h.Open("link", ("rel", "alternate"), ("type", f.Type), ("title", f.Title), ("href", f.Href));
        }
        h.Raw("</head><body><a class=\"skip\" href=\"#main\">Skip to content</a>")
            .Raw("<header class=\"site\"><div class=\"wrap\"><a class=\"brand\" href=\"/\">Coin<span>wire</span></a>")
            .Raw("<nav aria-label=\"Main\"><a href=\"/\">Latest</a><a href=\"/api/coins\">Coins API</a><a href=\"/feeds/rss.xml\">RSS</a></nav>")
            .Raw("<form class=\"search\" role=\"search\" action=\"/search\" method=\"get\"><label for=\"site-q\" class=\"sr-only\">Search articles</label>")
            .Open("input", ("type", "search"), ("id", "site-q"), ("name", "q"), ("placeholder", "Search news"), ("value", query ?? ""))
            .Raw("<button type=\"submit\">Search</button></form></div></header>")
            .Raw("<main id=\"main\" class=\"wrap\">").Raw(main).Raw("</main>")
            .Raw("<footer class=\"site\"><div class=\"wrap\"><p>Coinwire — a self-hosted crypto news wire. Feeds: ")
            .Raw("<a href=\"/feeds/rss.xml\">RSS</a> · <a href=\"/feeds/atom.xml\">Atom</a> · <a href=\"/feeds/feed.json\">JSON Feed</a> · ")
            .Raw("<a href=\"/openapi/v1.json\">API (OpenAPI)</a></p></div></footer></body></html>\n");
        return h.ToString();
    }

    /// <summary>A short error page body.</summary>
    public static string Message(string heading, string text) =>
        new HtmlBuilder().Raw("<section class=\"message\">").El("h1", heading).El("p", text)
            .Raw("<p><a href=\"/\">Back to the latest news</a></p></section>").ToString();
}
