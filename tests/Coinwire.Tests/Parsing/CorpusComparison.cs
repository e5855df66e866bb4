using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Coinwire.Parsing;

namespace Coinwire.Tests.Parsing;

/// <summary>Which fields of a corpus file may differ from feedparser, and why.</summary>
[Flags]
internal enum Field
{
    None = 0,
    Count = 1,
    Titles = 2,
    Links = 4,
    Published = 8,
    Rejected = 16,
    Ids = 32,
    Updated = 64,
    Authors = 128,
    Images = 256,
    FeedTitle = 512,
    FeedLink = 1024,
}

/// <summary>Counts one file's comparisons and keeps the first few disagreements.</summary>
internal sealed class Tally
{
    private readonly List<string> _details = [];
    private readonly Dictionary<string, int> _uncompared = new(StringComparer.Ordinal);
    private int _compared, _agreed;
    private Field _mismatches;

    /// <summary>Records one comparison of <paramref name="field"/>; <paramref name="detail"/> describes a disagreement.</summary>
    public void Check(Field field, bool ok, string detail)
    {
        _compared++;
        if (ok)
        {
            _agreed++;
            return;
        }
        _mismatches |= field;
        if (_details.Count < 6)
        {
            _details.Add(detail);
        }
    }

    /// <summary>Counts an entry left out of the comparison, by why.</summary>
    public void Skip(string why) => _uncompared[why] = _uncompared.GetValueOrDefault(why) + 1;

    public CorpusComparison.Result ToResult() => new(_compared, _agreed, _mismatches, _details, _uncompared);
}

/// <summary>Compares one parsed corpus file with feedparser's answer, field by field.</summary>
internal static partial class CorpusComparison
{
    private static readonly HtmlParser Html = new();

    /// <summary>How many comparisons were made and agreed, which fields disagreed, and the entries left out by reason.</summary>
    public sealed record Result(int Compared, int Agreed, Field Mismatches, List<string> Details, Dictionary<string, int> Uncompared);

    public static Result Compare(ParsedFeed feed, JsonElement expected)
    {
        var tally = new Tally();
        var entries = expected.GetProperty("entries").EnumerateArray().ToList();
        tally.Check(Field.Count, feed.Items.Count == entries.Count, $"count {feed.Items.Count} vs {entries.Count}");
        for (var i = 0; i < Math.Min(feed.Items.Count, entries.Count); i++)
        {
            var ours = feed.Items[i];
            var theirs = entries[i];
            var title = Collapse(ours.TitleIsHtml ? TextOf(ours.Title) : ours.Title);
            var theirTitle = Collapse(Str(theirs, "title"));
            tally.Check(Field.Titles, title == theirTitle, $"title[{i}] '{title}' vs '{theirTitle}'");
            var link = ours.Link;
            var theirLink = Str(theirs, "link");
            tally.Check(Field.Links, SameLink(link, theirLink), $"link[{i}] '{link}' vs '{theirLink}'");
            if (ours.Published is { } published && Str(theirs, "published") is { } theirPublished)
            {
                var theirTime = DateTimeOffset.Parse(theirPublished, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
                tally.Check(Field.Published, Seconds(published) == Seconds(theirTime), $"published[{i}] {published:O} vs {theirPublished}");
            }
        }
        return tally.ToResult();
    }

    /// <summary>feedparser drops fractions of seconds; the output format has none either.</summary>
    public static long Seconds(DateTimeOffset time) => time.ToUnixTimeSeconds();

    /// <summary>
    /// Equal, equivalent once normalized (RFC 3986 §6.2.3: <c>http://host</c> is <c>http://host/</c>), or feedparser kept a
    /// relative link that ours resolved (ours ends with it once resolved).
    /// </summary>
    public static bool SameLink(string? ours, string? theirs)
    {
        if (string.Equals(ours?.Trim() ?? string.Empty, theirs?.Trim() ?? string.Empty, StringComparison.Ordinal))
        {
            return true;
        }
        if (ours is null || theirs is null || !Uri.TryCreate(ours, UriKind.Absolute, out var absolute))
        {
            return false;
        }
        if (Uri.TryCreate(theirs, UriKind.Absolute, out var theirUri) && theirs.Contains("://", StringComparison.Ordinal))
        {
            return theirUri.AbsoluteUri == absolute.AbsoluteUri;
        }
        return Uri.TryCreate(absolute, theirs, out var resolved) && resolved.AbsoluteUri == absolute.AbsoluteUri;
    }

    /// <summary>The string property <paramref name="name"/> of <paramref name="element"/>, or null.</summary>
    public static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? TextOf(string? html) => html is null ? null : Html.ParseDocument("<body>" + html).Body?.TextContent;

    public static string Collapse(string? text) => string.IsNullOrWhiteSpace(text) ? string.Empty : Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
