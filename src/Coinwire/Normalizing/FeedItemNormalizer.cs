using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Coinwire.Parsing;

namespace Coinwire.Normalizing;

/// <summary>Turns a raw <see cref="FeedItem"/> into the <c>feed parse</c> output item.</summary>
public static class FeedItemNormalizer
{
    /// <summary>Dates later than this past "now" are treated as publisher clock errors and clamped to now.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    /// <summary>Normalizes <paramref name="item"/>; <paramref name="now"/> (default: the current time) bounds future dates.</summary>
    public static NormalizedFeedItem Normalize(FeedItem item, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        var clock = now ?? DateTimeOffset.UtcNow;
        var title = PlainTitle(item.Title, item.TitleIsHtml);
        var summary = PlainText(item.Summary ?? item.Content, isHtml: true);
        var link = Links.Canonicalize(item.Link, item.BaseUri);
        var body = item.Content ?? item.Summary;
        return new NormalizedFeedItem
        {
            Id = StableId(item.Id, link, title, summary),
            Title = title,
            Link = link,
            Published = FormatDate(item.Published ?? Parse(item.PublishedRaw), clock),
            Updated = FormatDate(item.Updated ?? Parse(item.UpdatedRaw), clock),
            Author = Author(item.Authors),
            Summary = summary,
            Content = string.IsNullOrWhiteSpace(body) ? null : HtmlText.Sanitize(Mojibake.Repair(body), item.BaseUri),
            Image = Links.Canonicalize(item.Image, item.BaseUri),
            Categories = item.Categories.Select(c => PlainText(c, isHtml: false)).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>The UTC time as <c>yyyy-MM-ddTHH:mm:ssZ</c>, clamped to <paramref name="now"/> when more than a day ahead.</summary>
    public static string? FormatDate(DateTimeOffset? value, DateTimeOffset now)
    {
        if (value is not { } date)
        {
            return null;
        }
        if (date > now + FutureTolerance)
        {
            date = now;
        }
        return date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>The feed's id, else the canonical link, else a SHA-256 of title and summary (<c>sha256:</c> + hex).</summary>
    public static string StableId(string? feedId, string? canonicalLink, string? title, string? summary)
    {
        if (!string.IsNullOrWhiteSpace(feedId))
        {
            return feedId.Trim();
        }
        if (!string.IsNullOrEmpty(canonicalLink))
        {
            return canonicalLink;
        }
        return "sha256:" + TextCleanup.ContentHash(title, summary);
    }

    private static DateTimeOffset? Parse(string? raw) =>
        !string.IsNullOrWhiteSpace(raw) && FeedDates.TryParse(raw, out var utc) ? utc : null;

    /// <summary>
    /// Plain text with mojibake repaired, or null when nothing is left; text-typed values are escaped first so a literal
    /// "&lt;" survives tag stripping.
    /// </summary>
    public static string? PlainText(string? value, bool isHtml) => PlainText(value, isHtml, HtmlText.ToPlainText);

    /// <summary>As <see cref="PlainText(string?, bool)"/> for a title: a tag no HTML element has ("&lt;ETH&gt;") stays as text.</summary>
    public static string? PlainTitle(string? value, bool isHtml) => PlainText(value, isHtml, HtmlText.TitleToPlainText);

    private static string? PlainText(string? value, bool isHtml, Func<string, string> toPlainText)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        // Repaired before whitespace is collapsed too: a no-break space can be the second byte of a mis-decoded letter
        // ("Ã\u00A0" is "à"), and after it the entities decoded from the HTML may hold mojibake of their own.
        var text = Mojibake.Repair(toPlainText(Mojibake.Repair(isHtml ? value : HtmlEscape.Text(value))));
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>Names joined with ", "; an RSS <c>email (Name)</c> author becomes the name.</summary>
    private static string? Author(List<string> authors)
    {
        var names = new List<string>(authors.Count);
        foreach (var raw in authors)
        {
            var value = raw.Trim();
            var open = value.IndexOf('(');
            if (open > 0 && value.EndsWith(')') && value.AsSpan(0, open).Contains('@'))
            {
                value = value[(open + 1)..^1];
            }
            if (PlainText(value, isHtml: true) is { } name && !names.Contains(name))
            {
                names.Add(name);
            }
        }
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
