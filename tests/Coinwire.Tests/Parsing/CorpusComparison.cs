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
}

/// <summary>Compares one parsed corpus file with feedparser's answer, field by field.</summary>
internal static partial class CorpusComparison
{
    private static readonly HtmlParser Html = new();

    public sealed record Result(int Compared, int Agreed, Field Mismatches, List<string> Details);

    public static Result Compare(ParsedFeed feed, JsonElement expected)
    {
        var details = new List<string>();
        int compared = 0, agreed = 0;
        var mismatches = Field.None;
        void Check(Field field, bool ok, string detail)
        {
            compared++;
            if (ok)
            {
                agreed++;
                return;
            }
            mismatches |= field;
            if (details.Count < 6)
            {
                details.Add(detail);
            }
        }

        var entries = expected.GetProperty("entries").EnumerateArray().ToList();
        Check(Field.Count, feed.Items.Count == entries.Count, $"count {feed.Items.Count} vs {entries.Count}");
        for (var i = 0; i < Math.Min(feed.Items.Count, entries.Count); i++)
        {
            var ours = feed.Items[i];
            var theirs = entries[i];
            var title = Collapse(ours.TitleIsHtml ? TextOf(ours.Title) : ours.Title);
            var theirTitle = Collapse(Str(theirs, "title"));
            Check(Field.Titles, title == theirTitle, $"title[{i}] '{title}' vs '{theirTitle}'");
            var link = ours.Link;
            var theirLink = Str(theirs, "link");
            Check(Field.Links, SameLink(link, theirLink), $"link[{i}] '{link}' vs '{theirLink}'");
            if (ours.Published is { } published && Str(theirs, "published") is { } theirPublished)
            {
                var theirTime = DateTimeOffset.Parse(theirPublished, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
                Check(Field.Published, Seconds(published) == Seconds(theirTime), $"published[{i}] {published:O} vs {theirPublished}");
            }
        }
        return new Result(compared, agreed, mismatches, details);
    }

    /// <summary>feedparser drops fractions of seconds; the output format has none either.</summary>
    private static long Seconds(DateTimeOffset time) => time.ToUnixTimeSeconds();

    /// <summary>Equal, or feedparser kept a relative link that ours resolved (ours ends with it once resolved).</summary>
    private static bool SameLink(string? ours, string? theirs)
    {
        if (string.Equals(ours?.Trim() ?? string.Empty, theirs?.Trim() ?? string.Empty, StringComparison.Ordinal))
        {
            return true;
        }
        return ours is not null && theirs is not null && Uri.TryCreate(ours, UriKind.Absolute, out var absolute)
            && !theirs.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(absolute, theirs, out var resolved)
            && resolved.AbsoluteUri == absolute.AbsoluteUri;
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? TextOf(string? html) => html is null ? null : Html.ParseDocument("<body>" + html).Body?.TextContent;

    public static string Collapse(string? text) => string.IsNullOrWhiteSpace(text) ? string.Empty : Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
