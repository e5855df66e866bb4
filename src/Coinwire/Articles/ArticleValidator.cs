using Coinwire.Sources;
using System.Globalization;
using System.Text.RegularExpressions;
using Coinwire.Normalizing;

namespace Coinwire.Articles;

/// <summary>Checks an article file against the output contract (DESIGN.md, "Article file"), for <c>coinwire article check</c>.</summary>
public static partial class ArticleValidator
{
    /// <summary>All findings for the file <paramref name="text"/>; an empty list means it meets the contract.</summary>
    public static IReadOnlyList<ValidationFinding> Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = new List<ValidationFinding>();
        FrontMatterDocument doc;
        try
        {
            doc = FrontMatterDocument.Parse(text);
        }
        catch (ArticleFormatException ex)
        {
            findings.Add(new(FindingSeverity.Error, "file", ex.Message));
            return findings;
        }
        CheckFile(text, doc, findings);
        CheckFrontMatter(doc, findings);
        var closing = text.IndexOf("\n---", StringComparison.Ordinal);
        var bodyLine = doc.Data.Count == 0 || closing < 0 ? 1 : text.AsSpan(0, closing + 1).Count('\n') + 2;
        BodyRules.Check(doc.Body, bodyLine, findings);
        CheckMojibake(doc, findings);
        return findings;
    }

    private static void CheckFile(string text, FrontMatterDocument doc, List<ValidationFinding> findings)
    {
        void Error(string message) => findings.Add(new(FindingSeverity.Error, "file", message));
        if (text.StartsWith('\uFEFF'))
        {
            Error("the file starts with a byte order mark");
        }
        if (!text.TrimStart('\uFEFF').StartsWith("---\n", StringComparison.Ordinal) && !text.TrimStart('\uFEFF').StartsWith("---\r\n", StringComparison.Ordinal))
        {
            Error("line 1: the file must start with the front matter's '---'");
        }
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            Error("the file has CR (\\r) line ends; the contract uses LF only");
        }
        if (!text.EndsWith('\n') || text.EndsWith("\n\n", StringComparison.Ordinal))
        {
            Error("the file must end with exactly one newline");
        }
        var canonical = doc.Render();
        if (canonical != text && findings.Count == 0)
        {
            var line = FirstDifferentLine(text, canonical);
            findings.Add(new(FindingSeverity.Warning, "file", $"line {line}: not written the way gray-matter/js-yaml write it (reading and writing would change it)"));
        }
    }

    private static int FirstDifferentLine(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }
        return a.AsSpan(0, i).Count('\n') + 1;
    }

    private static void CheckFrontMatter(FrontMatterDocument doc, List<ValidationFinding> findings)
    {
        var c = new FieldChecker(findings);
        var data = doc.Data;
        c.Keys("", data, Article.Keys, Article.Keys);
        var title = c.String("title", data["title"], nonEmpty: true);
        if (title is not null && (title != title.Trim() || title.Contains("  ", StringComparison.Ordinal) || title.Contains('\n', StringComparison.Ordinal)))
        {
            c.Warn("title", "whitespace is not collapsed (leading/trailing, double spaces or line breaks)");
        }
        CheckDescription(c, c.String("description", data["description"], nonEmpty: true), BodyRules.Overview(doc.Body));
        var published = c.Timestamp("publishedAt", data["publishedAt"]);
        var updated = c.Timestamp("updatedAt", data["updatedAt"]);
        if (published is not null && updated is not null && updated < published)
        {
            c.Warn("updatedAt", "is earlier than publishedAt");
        }
        if (c.String("lang", data["lang"]) is { } lang && !LangPattern().IsMatch(lang))
        {
            c.Error("lang", $"'{lang}' is not an ISO 639-1 code (two lower-case letters)");
        }
        c.String("externalId", data["externalId"], nonEmpty: true);
        CheckSource(c, data["source"]);
        var category = c.String("category", data["category"], nonEmpty: true);
        if (category is { Length: > 0 } && !ArticleEnumNames.Topics.Contains(category) && !TickerPattern().IsMatch(category))
        {
            c.Error("category", $"'{category}' is neither an upper-case ticker nor one of {string.Join(", ", ArticleEnumNames.Topics)}");
        }
        var tags = c.StringList("tags", data["tags"]);
        if (tags is not null && category is { Length: > 0 } && !ArticleEnumNames.Topics.Contains(category) && (tags.Count == 0 || tags[0] != category))
        {
            c.Warn("tags", $"the primary coin '{category}' should be the first tag");
        }
        c.Int("stickyWeight", data["stickyWeight"]);
        c.Enum("sentiment", data["sentiment"], ArticleEnumNames.Sentiments);
        if (c.Int("score", data["score"]) is { } score && score is < 0 or > 100)
        {
            c.Error("score", $"{score} is outside 0–100");
        }
        c.Bool("draft", data["draft"]);
        CheckCoverImage(c, data["coverImage"]);
        var expanded = CheckAi(c, data["ai"]);
        if (expanded is not null && updated is not null && data["ai"] is FrontMatterMapping ai && ai["rewritten"] is FrontMatterScalar { BoolValue: true } && expanded != updated)
        {
            c.Warn("updatedAt", "differs from ai.expandedAt although the article was rewritten");
        }
    }

    private static void CheckDescription(FieldChecker c, string? description, string? overview)
    {
        if (description is null)
        {
            return;
        }
        if (description.Length > Description.MaxLength)
        {
            c.Error("description", $"is {description.Length} characters; at most {Description.MaxLength} including the ellipsis");
        }
        if (overview is null)
        {
            return;
        }
        // Compare without the ellipsis, which may itself be mojibake ("â€¦"); mojibake gets its own warning.
        static string StripEllipsis(string s) => s.EndsWith("\u00e2\u20ac\u00a6", StringComparison.Ordinal) ? s[..^3] : s.TrimEnd('\u2026');
        var expected = Description.FromOverview(overview);
        if (StripEllipsis(description) != StripEllipsis(expected))
        {
            c.Warn("description", $"is not the Overview cut at a word boundary to {Description.MaxTextLength} characters plus '…'");
        }
    }

    private static void CheckSource(FieldChecker c, FrontMatterNode? node)
    {
        if (c.Mapping("source", node) is not { } source)
        {
            return;
        }
        c.Keys("source.", source, ArticleSource.Keys, ArticleSource.Keys);
        var name = c.String("source.name", source["name"], nonEmpty: true);
        var key = c.String("source.key", source["key"]);
        if (name is not null && key is not null && key != SourceKey.From(name))
        {
            c.Error("source.key", $"'{key}' should be '{SourceKey.From(name)}' (derived from the name)");
        }
        c.Enum("source.type", source["type"], ArticleEnumNames.SourceTypes);
    }

    private static void CheckCoverImage(FieldChecker c, FrontMatterNode? node)
    {
        if (c.Mapping("coverImage", node) is not { } image)
        {
            return;
        }
        c.Keys("coverImage.", image, ArticleCoverImage.RequiredKeys, ArticleCoverImage.Keys);
        foreach (var key in ArticleCoverImage.RequiredKeys)
        {
            if (c.String("coverImage." + key, image[key], nonEmpty: true) is { } url && !IsHttpUrl(url))
            {
                c.Error("coverImage." + key, $"'{url}' is not an absolute http(s) URL");
            }
        }
        c.String("coverImage.alt", image["alt"]);
        c.String("coverImage.provider", image["provider"]);
        if (image["credit"] is { } creditNode && c.Mapping("coverImage.credit", creditNode) is { } credit)
        {
            c.Keys("coverImage.credit.", credit, ArticleCredit.Keys, ArticleCredit.Keys);
            c.String("coverImage.credit.name", credit["name"], nonEmpty: true);
            if (c.String("coverImage.credit.url", credit["url"], nonEmpty: true) is { } url && !IsHttpUrl(url))
            {
                c.Error("coverImage.credit.url", $"'{url}' is not an absolute http(s) URL");
            }
        }
    }

    private static DateTime? CheckAi(FieldChecker c, FrontMatterNode? node)
    {
        if (c.Mapping("ai", node) is not { } ai)
        {
            return null;
        }
        c.Keys("ai.", ai, ArticleAi.RequiredKeys, ArticleAi.Keys);
        c.Bool("ai.rewritten", ai["rewritten"]);
        var expanded = c.Timestamp("ai.expandedAt", ai["expandedAt"]);
        c.Int("ai.version", ai["version"]);
        c.String("ai.model", ai["model"]);
        if (ai["promptVersion"] is { } prompt && prompt is not FrontMatterScalar { Kind: ScalarKind.String or ScalarKind.Int })
        {
            c.Error("ai.promptVersion", "must be a string or an int");
        }
        if (ai["grounded"] is { } grounded)
        {
            c.Bool("ai.grounded", grounded);
        }
        return expanded;
    }

    private static void CheckMojibake(FrontMatterDocument doc, List<ValidationFinding> findings)
    {
        foreach (var (field, text) in new[] { ("title", (doc.Data["title"] as FrontMatterScalar)?.StringValue),
            ("description", (doc.Data["description"] as FrontMatterScalar)?.StringValue), ("body", doc.Body) })
        {
            if (text is not null && Mojibake.IsLikely(text))
            {
                findings.Add(new(FindingSeverity.Warning, field, "likely mojibake (UTF-8 text decoded as Windows-1252, e.g. 'â€¦' for '…')"));
            }
        }
    }

    private static bool IsHttpUrl(string s) =>
        Uri.TryCreate(s, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    internal static bool IsContractTimestamp(string s) =>
        TimestampPattern().IsMatch(s) && DateTime.TryParseExact(s, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out _);

    [GeneratedRegex(@"^[a-z]{2}\z")]
    private static partial Regex LangPattern();

    [GeneratedRegex(@"^(?=[0-9]*[A-Z])[A-Z0-9]{1,15}\z")]
    private static partial Regex TickerPattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z\z")]
    private static partial Regex TimestampPattern();
}
