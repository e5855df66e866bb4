using Coinwire.Publishing;

namespace Coinwire.App.Web.Pages;

/// <summary><c>/coins/{ticker}</c>: a coin's articles and its sentiment over time.</summary>
public static class CoinPage
{
    /// <summary>Renders the page (an empty coin still gets a page saying so).</summary>
    public static async Task<string> RenderAsync(ArticleQueries queries, string ticker, int page, CancellationToken ct)
    {
        ticker = ticker.ToUpperInvariant();
        var filter = new ArticleFilter { Coin = ticker, Page = Math.Max(1, page) };
        var list = await queries.ListAsync(filter, ct);
        var days = await queries.SentimentAsync(ticker, ct: ct);
        var h = new HtmlBuilder();
        h.Raw("<h1 class=\"page-title\">").Text(ticker).Raw(" news</h1>");
        if (Coinwire.Tagging.CoinDictionary.Default.TryGet(ticker, out var coin) && !string.IsNullOrEmpty(coin.Name))
        {
            h.El("p", coin.Name, ("class", "coin-name"));
        }
        h.Raw("<p class=\"feeds\">Feeds for ").Text(ticker).Raw(": ");
        var prefix = "/feeds/coins/" + Uri.EscapeDataString(ticker);
        h.El("a", "RSS", ("href", prefix + "/rss.xml")).Raw(" · ").El("a", "Atom", ("href", prefix + "/atom.xml")).Raw(" · ").El("a", "JSON Feed", ("href", prefix + "/feed.json")).Raw("</p>");
        SentimentChart.Render(h, ticker, days);
        if (list.Items.Count == 0)
        {
            h.El("p", $"No published articles mention {ticker} yet.", ("class", "empty"));
        }
        Fragments.Cards(h, list.Items.Select(ArticleView.From));
        Fragments.Pager(h, list, p => $"/coins/{Uri.EscapeDataString(ticker)}?page={p}");
        return Layout.Page($"{ticker} news", h.ToString(), $"Crypto news about {ticker} and its sentiment over time.", Layout.Feeds(prefix, $"Coinwire {ticker}"));
    }
}
