using System.Globalization;
using Coinwire.Publishing;

namespace Coinwire.App.Web.Pages;

/// <summary>A coin's sentiment over time as an inline SVG of stacked daily bars (no script).</summary>
public static class SentimentChart
{
    private const int Width = 640;
    private const int Height = 180;
    private const int Bottom = 24;

    /// <summary>Appends the chart for <paramref name="days"/>.</summary>
    public static void Render(HtmlBuilder h, string ticker, IReadOnlyList<SentimentDay> days)
    {
        if (days.Count == 0)
        {
            return;
        }
        var max = Math.Max(1, days.Max(d => d.Positive + d.Negative + d.Neutral));
        var pos = days.Sum(d => d.Positive);
        var neg = days.Sum(d => d.Negative);
        var neu = days.Sum(d => d.Neutral);
        var summary = $"{ticker} sentiment from {Day(days[0].Day)} to {Day(days[^1].Day)}: {pos} positive, {neg} negative, {neu} neutral articles.";
        h.Raw("<figure class=\"chart\">").Open("svg", ("viewBox", $"0 0 {Width} {Height}"), ("role", "img"), ("aria-labelledby", "chart-title chart-desc"), ("xmlns", "http://www.w3.org/2000/svg"));
        h.El("title", $"{ticker} sentiment over time", ("id", "chart-title")).El("desc", summary, ("id", "chart-desc"));
        var plot = Height - Bottom - 8;
        var slot = (double)Width / days.Count;
        var bar = Math.Clamp(slot * 0.7, 2, 48);
        for (var i = 0; i < days.Count; i++)
        {
            var d = days[i];
            var x = (i * slot) + ((slot - bar) / 2);
            var y = (double)(Height - Bottom);
            foreach (var (count, cls, label) in new[] { (d.Positive, "pos", "positive"), (d.Neutral, "neu", "neutral"), (d.Negative, "neg", "negative") })
            {
                if (count == 0)
                {
                    continue;
                }
                var hgt = (double)count / max * plot;
                y -= hgt;
                h.Open("rect", ("class", cls), ("x", F(x)), ("y", F(y)), ("width", F(bar)), ("height", F(hgt)))
                    .El("title", $"{Day(d.Day)}: {count} {label}").Close("rect");
            }
        }
        h.Open("line", ("class", "axis"), ("x1", "0"), ("y1", F(Height - Bottom)), ("x2", F(Width)), ("y2", F(Height - Bottom))).Close("line");
        h.El("text", Day(days[0].Day), ("x", "0"), ("y", F(Height - 6)), ("class", "label"));
        if (days.Count > 1)
        {
            h.El("text", Day(days[^1].Day), ("x", F(Width)), ("y", F(Height - 6)), ("class", "label"), ("text-anchor", "end"));
        }
        h.Raw("</svg><figcaption>").Text(summary).Raw(" <span class=\"key\"><span class=\"k pos\"></span>positive <span class=\"k neu\"></span>neutral <span class=\"k neg\"></span>negative</span></figcaption></figure>");
    }

    private static string Day(DateOnly d) => d.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
