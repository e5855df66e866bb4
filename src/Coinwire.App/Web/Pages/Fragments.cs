using System.Globalization;
using Coinwire.Publishing;

namespace Coinwire.App.Web.Pages;

/// <summary>Pieces shared by the list pages: article cards, badges, dates, pager.</summary>
public static class Fragments
{
    /// <summary>A time element, UTC.</summary>
    public static void Time(HtmlBuilder h, DateTime utc) =>
        h.El("time", utc.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture),
            ("datetime", utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));

    /// <summary>The sentiment badge (text, not colour alone).</summary>
    public static void Sentiment(HtmlBuilder h, string? sentiment)
    {
        if (sentiment is not ("POSITIVE" or "NEGATIVE" or "NEUTRAL"))
        {
            return;
        }
        var label = sentiment switch { "POSITIVE" => "▲ Positive", "NEGATIVE" => "▼ Negative", _ => "● Neutral" };
        h.El("span", label, ("class", "badge s-" + sentiment.ToLowerInvariant()));
    }

    /// <summary>Coin links.</summary>
    public static void Coins(HtmlBuilder h, IEnumerable<string> coins)
    {
        foreach (var coin in coins)
        {
            h.El("a", coin, ("class", "coin"), ("href", "/coins/" + Uri.EscapeDataString(coin)));
        }
    }

    /// <summary>A list of article cards.</summary>
    public static void Cards(HtmlBuilder h, IEnumerable<ArticleView> articles)
    {
        h.Raw("<ol class=\"cards\">");
        foreach (var a in articles)
        {
            h.Open("li", ("class", a.Record.StickyWeight > 0 ? "card pinned" : "card")).Raw("<article>");
            if ((a.Cover?.Small ?? a.Cover?.Thumb) is { } img)
            {
                h.Open("img", ("src", img), ("alt", ""), ("loading", "lazy"), ("width", "400"), ("height", "225"));
            }
            h.Raw("<div class=\"card-body\"><p class=\"meta\">");
            if (a.Record.StickyWeight > 0)
            {
                h.El("span", "Pinned", ("class", "badge pin"));
            }
            if (a.Record.Category is { } cat)
            {
                h.El("a", cat, ("class", "cat"), ("href", "/?category=" + Uri.EscapeDataString(cat)));
            }
            Time(h, a.Record.PublishedAt);
            if (a.SourceName is { } source)
            {
                h.El("span", source, ("class", "source"));
            }
            h.Raw("</p><h2>").El("a", a.Title, ("href", "/articles/" + a.Slug)).Raw("</h2>");
            h.El("p", a.Description, ("class", "desc"));
            h.Raw("<p class=\"chips\">");
            Coins(h, a.Coins);
            Sentiment(h, a.Record.Sentiment);
            if (a.Record.Score > 0)
            {
                h.El("span", $"Score {a.Record.Score}", ("class", "badge score"));
            }
            h.Raw("</p></div></article></li>");
        }
        h.Raw("</ol>");
    }

    /// <summary>Previous/next links for page <paramref name="page"/>; <paramref name="href"/> builds a page's URL.</summary>
    public static void Pager(HtmlBuilder h, PagedArticles page, Func<int, string> href)
    {
        if (page.PageCount <= 1)
        {
            return;
        }
        h.Raw("<nav class=\"pager\" aria-label=\"Pages\">");
        if (page.Page > 1)
        {
            h.El("a", "← Newer", ("href", href(page.Page - 1)), ("rel", "prev"));
        }
        h.El("span", $"Page {page.Page} of {page.PageCount}");
        if (page.Page < page.PageCount)
        {
            h.El("a", "Older →", ("href", href(page.Page + 1)), ("rel", "next"));
        }
        h.Raw("</nav>");
    }
}
