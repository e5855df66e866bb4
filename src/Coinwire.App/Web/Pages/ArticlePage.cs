using Coinwire.Publishing;

namespace Coinwire.App.Web.Pages;

/// <summary><c>/articles/{slug}</c>: one article with cover, body, coins, sentiment, score breakdown and sources.</summary>
public static class ArticlePage
{
    /// <summary>Renders the page, or null when there is no published article with that slug.</summary>
    public static async Task<string?> RenderAsync(ArticleQueries queries, string slug, CancellationToken ct)
    {
        var record = await queries.FindAsync(slug, ct: ct);
        if (record is null)
        {
            return null;
        }
        var a = ArticleView.From(record);
        var story = await queries.StoryAsync(record.StoryId, ct);
        var sources = await queries.StorySourcesAsync(record.StoryId, ct);
        var h = new HtmlBuilder();
        h.Open("article", ("class", "article"), ("lang", a.Lang)).Raw("<header><p class=\"meta\">");
        if (record.Category is { } cat)
        {
            h.El("a", cat, ("class", "cat"), ("href", "/?category=" + Uri.EscapeDataString(cat)));
        }
        Fragments.Time(h, record.PublishedAt);
        if (a.SourceName is { } sourceName)
        {
            h.El("span", sourceName, ("class", "source"));
        }
        h.Raw("</p>").El("h1", a.Title);
        if (a.Description.Length > 0)
        {
            h.El("p", a.Description, ("class", "lede"));
        }
        h.Raw("<p class=\"chips\">");
        Fragments.Coins(h, a.Coins);
        Fragments.Sentiment(h, record.Sentiment);
        if (record.Score > 0)
        {
            h.El("span", $"Score {record.Score}/100", ("class", "badge score"));
        }
        h.Raw("</p></header>");
        Cover(h, a.Cover);
        h.Raw("<div class=\"body\">").Raw(MarkdownRenderer.ToHtml(a.Body)).Raw("</div>");
        h.Raw("<aside class=\"facts\">");
        Score(h, record.Score, story?.ScoreBreakdown);
        Sources(h, a, sources);
        h.Raw("<section><h2>Details</h2><dl>");
        h.El("dt", "Published").Raw("<dd>");
        Fragments.Time(h, record.PublishedAt);
        h.Raw("</dd>").El("dt", "Updated").Raw("<dd>");
        Fragments.Time(h, record.UpdatedAt);
        h.Raw("</dd>");
        if (a.Tags.Count > 0)
        {
            h.El("dt", "Tags").El("dd", string.Join(", ", a.Tags));
        }
        h.Raw("</dl></section></aside></article>");
        return Layout.Page(a.Title, h.ToString(), a.Description, lang: a.Lang);
    }

    private static void Cover(HtmlBuilder h, CoverView? cover)
    {
        if (cover?.Regular is not { } src)
        {
            return;
        }
        h.Raw("<figure class=\"cover\">");
        var srcset = cover.Small is { } small ? $"{small} 400w, {src} 1080w" : null;
        h.Open("img", ("src", src), ("srcset", srcset), ("sizes", srcset is null ? null : "(max-width: 800px) 100vw, 800px"), ("alt", cover.Alt), ("width", "1080"), ("height", "608"));
        if (cover.CreditName is { Length: > 0 } name)
        {
            h.Raw("<figcaption>Photo by ").Link(cover.CreditUrl, name, rel: "noopener");
            if (cover.Provider is null || cover.Provider.Equals("unsplash", StringComparison.OrdinalIgnoreCase))
            {
                h.Raw(" on ").Link("https://unsplash.com/?utm_source=coinwire&utm_medium=referral", "Unsplash", rel: "noopener");
            }
            h.Raw("</figcaption>");
        }
        h.Raw("</figure>");
    }

    private static void Score(HtmlBuilder h, int score, string? breakdownJson)
    {
        h.Raw("<section><h2>Score</h2>");
        if (score <= 0)
        {
            h.El("p", "Not scored yet.");
        }
        else
        {
            h.Open("meter", ("min", "0"), ("max", "100"), ("value", score.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("aria-label", "Importance score"))
                .Close("meter").El("p", $"{score} out of 100", ("class", "score-value"));
        }
        var parts = ScoreBreakdown.Parse(breakdownJson);
        if (parts.Count > 0)
        {
            h.Raw("<table class=\"breakdown\"><caption>How the score adds up</caption><thead><tr><th scope=\"col\">Part</th><th scope=\"col\">Points</th></tr></thead><tbody>");
            foreach (var (label, value) in parts)
            {
                h.Raw("<tr>").El("th", label, ("scope", "row")).El("td", value).Raw("</tr>");
            }
            h.Raw("</tbody></table>");
        }
        h.Raw("</section>");
    }

    private static void Sources(HtmlBuilder h, ArticleView a, IReadOnlyList<StorySource> sources)
    {
        h.Raw("<section><h2>Sources</h2><ul class=\"sources\">");
        if (sources.Count == 0)
        {
            h.Raw("<li>").Text(a.SourceName ?? "Unknown source");
            if (a.SourceType is { } type)
            {
                h.Text($" ({type})");
            }
            h.Raw("</li>");
        }
        foreach (var s in sources)
        {
            h.Raw("<li>").El("span", s.SourceName, ("class", "source")).Raw(": ").Link(s.Link, s.Title, rel: "nofollow noopener").Raw(" ");
            Fragments.Time(h, s.PublishedAt);
            h.Raw("</li>");
        }
        h.Raw("</ul></section>");
    }
}
