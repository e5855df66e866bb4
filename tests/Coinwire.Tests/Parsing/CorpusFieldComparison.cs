using System.Globalization;
using System.Text.Json;
using Coinwire.App.Cli;
using static Coinwire.Tests.Parsing.CorpusComparison;

namespace Coinwire.Tests.Parsing;

/// <summary>
/// Compares what <c>feed parse --json</c> outputs for one corpus file (<see cref="FeedCommands.ParseFile"/>, the command's
/// own builder) with feedparser's answer, one field at a time.
/// </summary>
internal static class CorpusFieldComparison
{
    /// <summary>Compares <paramref name="field"/> (an item field, <see cref="Field.FeedTitle"/> or <see cref="Field.FeedLink"/>).</summary>
    public static Result Compare(FeedCommands.FeedFileResult ours, JsonElement expected, Field field)
    {
        var tally = new Tally();
        var feed = expected.GetProperty("feed");
        if (field == Field.FeedTitle)
        {
            var theirs = Str(feed, "title");
            tally.Check(field, Collapse(ours.Title) == Collapse(theirs), $"feed title '{ours.Title}' vs '{theirs}'");
            return tally.ToResult();
        }
        if (field == Field.FeedLink)
        {
            var theirs = Str(feed, "link");
            tally.Check(field, SameLink(ours.Link, theirs), $"feed link '{ours.Link}' vs '{theirs}'");
            return tally.ToResult();
        }
        var entries = expected.GetProperty("entries").EnumerateArray().ToList();
        // A different count (two listed files) shifts every index: pairing entries by position would compare strangers.
        if (entries.Count != ours.Items.Count)
        {
            tally.Skip("item counts differ");
            return tally.ToResult();
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var item = ours.Items[i];
            var entry = entries[i];
            switch (field)
            {
                case Field.Ids:
                    CompareId(tally, i, item.Id, Str(entry, "id"));
                    break;
                case Field.Updated:
                    CompareUpdated(tally, i, item.Updated, entry);
                    break;
                case Field.Authors:
                    var author = Str(entry, "author");
                    tally.Check(field, SameAuthor(item.Author, author), $"author[{i}] '{item.Author}' vs '{author}'");
                    break;
                case Field.Images:
                    CompareImage(tally, i, item.Image, entry);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(field), field, "not a field of feed parse --json compared here");
            }
        }
        return tally.ToResult();
    }

    private static void CompareId(Tally tally, int i, string ours, string? theirs)
    {
        if (string.IsNullOrEmpty(theirs))
        {
            tally.Skip("feedparser has no id; ours is " + (ours.StartsWith("sha256:", StringComparison.Ordinal) ? "the content hash"
                : Uri.TryCreate(ours, UriKind.Absolute, out _) ? "a URL (link or rdf:about)" : "other text"));
            return;
        }
        tally.Check(Field.Ids, ours == theirs, $"id[{i}] '{ours}' vs '{theirs}'");
    }

    /// <summary>
    /// feedparser 6.0's <c>entry.get("updated")</c> answers with <c>published</c> when the entry has no update element (a
    /// deprecated FeedParserDict fallback); ours does the same, so both are compared as they are.
    /// </summary>
    private static void CompareUpdated(Tally tally, int i, string? ours, JsonElement entry)
    {
        var theirs = Str(entry, "updated");
        var raw = Str(entry, "updated_raw");
        var same = (ours, theirs) switch
        {
            (null, null) => true,
            ({ } a, { } b) => Seconds(Time(a)) == Seconds(Time(b)),
            _ => false,
        };
        tally.Check(Field.Updated, same, $"updated[{i}] {ours} vs {theirs} ('{raw}')");
    }

    /// <summary>
    /// Ours is the person's name; feedparser writes an Atom person with an e-mail as <c>Name (email)</c> and keeps an RSS
    /// <c>email (Name)</c> author as written.
    /// </summary>
    private static bool SameAuthor(string? ours, string? theirs)
    {
        var name = Collapse(ours);
        var peer = Collapse(theirs);
        if (name == peer)
        {
            return true;
        }
        if (name.Length == 0 || !peer.EndsWith(')') || peer.IndexOf(" (", StringComparison.Ordinal) is not (> 0 and var open))
        {
            return false;
        }
        var (outside, inside) = (peer[..open], peer[(open + 2)..^1]);
        return (outside == name && IsEmail(inside)) || (inside == name && IsEmail(outside));
    }

    private static bool IsEmail(string text) => text.Contains('@', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal);

    /// <summary>Ours must be one of the images feedparser found; an image ours took from the HTML when it found none is fine.</summary>
    private static void CompareImage(Tally tally, int i, string? ours, JsonElement entry)
    {
        var theirs = ImageUrls(entry);
        if (theirs.Count == 0)
        {
            tally.Skip(ours is null ? "neither has an image" : "feedparser has no image; ours comes from the HTML");
            return;
        }
        tally.Check(Field.Images, ours is not null && theirs.Contains(ours), $"image[{i}] '{ours}' vs {string.Join(" ", theirs.Take(3))}");
    }

    private static HashSet<string> ImageUrls(JsonElement entry)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        void Add(string list, string key, bool imagesOnly)
        {
            if (!entry.TryGetProperty(list, out var values) || values.ValueKind != JsonValueKind.Array)
            {
                return;
            }
            foreach (var value in values.EnumerateArray())
            {
                // media:thumbnail entries are bare URL strings in some answers, objects in others.
                var isObject = value.ValueKind == JsonValueKind.Object;
                var url = isObject ? Str(value, key) : value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                var type = isObject ? Str(value, "type") : null;
                if (url is not null && (!imagesOnly || (type ?? "").StartsWith("image", StringComparison.Ordinal)))
                {
                    urls.Add(url);
                }
            }
        }
        Add("image_urls", "url", imagesOnly: false);
        Add("media_content", "url", imagesOnly: false);
        Add("media_thumbnail", "url", imagesOnly: false);
        Add("enclosures", "href", imagesOnly: true);
        return urls;
    }

    private static DateTimeOffset Time(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
