using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Coinwire.Common;

namespace Coinwire.Tests.Clustering;

/// <summary>One item read from a corpus feed file.</summary>
internal sealed record CorpusItem(string File, string Id, string Title, string Lead, string? Link, DateTime Published);

/// <summary>
/// A minimal RSS 2.0 / Atom reader for the shared feed corpus, so clustering tests do not depend on the Parsing
/// stage. Only what clustering needs: id, title, plain-text lead, link, date.
/// </summary>
internal static partial class CorpusFeeds
{
    public static string PathOf(string relative) => RepoPaths.Shared("corpus", "feeds", relative);

    public static IReadOnlyList<CorpusItem> Read(string relative)
    {
        // Some captures carry text before the XML declaration (076); XML parsers refuse that.
        var text = File.ReadAllText(PathOf(relative)).TrimStart();
        var doc = XDocument.Parse(text);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var items = new List<CorpusItem>();
        foreach (var item in doc.Descendants("item"))
        {
            var title = PlainText((string?)item.Element("title"));
            var link = ((string?)item.Element("link"))?.Trim();
            var id = ((string?)item.Element("guid"))?.Trim() ?? link ?? title;
            var date = (string?)item.Element("pubDate");
            items.Add(new CorpusItem(relative, id, title, PlainText((string?)item.Element("description")), link, ParseDate(date)));
        }
        foreach (var entry in doc.Descendants(atom + "entry"))
        {
            var title = PlainText((string?)entry.Element(atom + "title"));
            var link = entry.Elements(atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
            var date = (string?)entry.Element(atom + "published") ?? (string?)entry.Element(atom + "updated");
            var summary = (string?)entry.Element(atom + "summary") ?? (string?)entry.Element(atom + "content") ?? string.Empty;
            items.Add(new CorpusItem(relative, ((string?)entry.Element(atom + "id"))?.Trim() ?? title, title, PlainText(summary),
                (string?)link?.Attribute("href"), ParseDate(date)));
        }
        return items;
    }

    public static string PlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }
        var text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        return Spaces().Replace(text, " ").Trim();
    }

    private static DateTime ParseDate(string? value)
    {
        if (value is not null && DateTimeOffset.TryParse(value.Replace("GMT", "+0000", StringComparison.Ordinal).Trim(),
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed.UtcDateTime;
        }
        return DateTime.UnixEpoch;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
