using System.Text.RegularExpressions;

namespace Coinwire.Rewriting;

/// <summary>
/// The fallback parser for models that ignore the JSON schema and answer in prose with headings
/// (<c>## Overview</c>, <c>**What Happened**</c>, <c>From the author:</c> …) and bullet lists.
/// </summary>
public static partial class MarkdownSectionsParser
{
    /// <summary>The four sections found in <paramref name="text"/>, or <see langword="null"/> when any is missing or empty.</summary>
    public static RewriteSections? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var buckets = new Dictionary<int, List<string>>();
        var current = -1;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = rawLine.Trim();
            var heading = Heading().Match(line);
            if (heading.Success)
            {
                var section = SectionOf(heading.Groups["name"].Value);
                if (section >= 0)
                {
                    current = section;
                    buckets.TryAdd(current, []);
                    continue;
                }
            }
            if (current >= 0)
            {
                buckets[current].Add(line);
            }
        }
        if (buckets.Count < 4)
        {
            return null;
        }
        var overview = string.Join(' ', Paragraphs(buckets[0]));
        var bullets = buckets[3].Where(l => l.Length > 0).Select(l => Bullet().Replace(l, "").Trim()).Where(l => l.Length > 0).ToList();
        var sections = new RewriteSections(overview, Paragraphs(buckets[1]), Paragraphs(buckets[2]), bullets);
        return sections.IsComplete ? sections : null;
    }

    private static int SectionOf(string name)
    {
        var n = name.Trim().TrimEnd(':').Trim().ToLowerInvariant();
        return n switch
        {
            "overview" or "summary" => 0,
            "what happened" => 1,
            "from author" or "from the author" or "author's view" or "analysis" => 2,
            _ when n.StartsWith("impact", StringComparison.Ordinal) => 3,
            _ => -1,
        };
    }

    private static List<string> Paragraphs(List<string> lines)
    {
        var result = new List<string>();
        var current = new List<string>();
        foreach (var line in lines.Append(""))
        {
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    result.Add(string.Join(' ', current));
                    current.Clear();
                }
                continue;
            }
            current.Add(Bullet().Replace(line, ""));
        }
        return result;
    }

    [GeneratedRegex(@"^(?:#{1,6}\s*|\*\*|__)?(?<name>[A-Za-z' ]{4,40}?):?(?:\*\*|__)?:?$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:[-*•]|\d+[.)])\s+")]
    private static partial Regex Bullet();
}
