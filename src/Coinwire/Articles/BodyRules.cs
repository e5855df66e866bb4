namespace Coinwire.Articles;

/// <summary>The body rules of the contract: four sections in order, one Overview paragraph, bullets only in the Impact section.</summary>
internal static class BodyRules
{
    public static readonly string[] Sections = ["Overview", "What Happened", "From author", "Impact on the crypto market"];

    /// <summary>The Overview paragraph, or null when the body has no Overview section.</summary>
    public static string? Overview(string body)
    {
        var sections = Split(body.ReplaceLineEndings("\n"), 1).Sections;
        return sections.FirstOrDefault(s => s.Title == Sections[0])?.Text.Trim();
    }

    public static void Check(string body, int firstLine, List<ValidationFinding> findings)
    {
        void Error(string message) => findings.Add(new(FindingSeverity.Error, "body", message));
        var (preamble, sections) = Split(body.ReplaceLineEndings("\n"), firstLine);
        if (preamble.Text.Length > 0 || body.StartsWith('\n') || body.StartsWith("\r\n", StringComparison.Ordinal))
        {
            Error($"line {firstLine}: the body must start with '## {Sections[0]}' on the line right after the closing '---'");
        }
        var titles = sections.Select(s => s.Title).ToList();
        if (!titles.SequenceEqual(Sections))
        {
            Error("the sections must be exactly " + string.Join(", ", Sections.Select(s => $"'## {s}'"))
                + " in that order; found " + (titles.Count == 0 ? "none" : string.Join(", ", titles.Select(t => $"'## {t}'"))));
        }
        foreach (var section in sections)
        {
            var text = section.Text.Trim('\n');
            if (text.Trim().Length == 0)
            {
                Error($"line {section.Line}: section '## {section.Title}' is empty");
                continue;
            }
            if (section.Title == Sections[0] && text.Contains("\n\n", StringComparison.Ordinal))
            {
                Error($"line {section.Line}: '## {Sections[0]}' must be exactly one paragraph");
            }
            if (section.Title == Sections[3])
            {
                CheckBullets(section, Error);
            }
        }
    }

    private static void CheckBullets(Section section, Action<string> error)
    {
        var lines = section.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && !lines[i].StartsWith("- ", StringComparison.Ordinal))
            {
                error($"line {section.Line + 1 + i}: '## {Sections[3]}' may hold only '- ' bullets");
            }
        }
    }

    private sealed record Section(string Title, int Line, string Text);

    // Splits at "## " headings; Text is what follows the heading line, Line the heading's file line.
    private static (Section Preamble, List<Section> Sections) Split(string body, int firstLine)
    {
        var lines = body.Split('\n');
        var sections = new List<Section>();
        var preamble = new List<string>();
        List<string>? current = null;
        string? title = null;
        var titleLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                if (title is not null)
                {
                    sections.Add(new(title, titleLine, string.Join('\n', current!)));
                }
                (title, titleLine, current) = (lines[i][3..].TrimEnd(), firstLine + i, []);
            }
            else
            {
                (current ?? preamble).Add(lines[i]);
            }
        }
        if (title is not null)
        {
            sections.Add(new(title, titleLine, string.Join('\n', current!)));
        }
        return (new("", firstLine, string.Join('\n', preamble).Trim()), sections);
    }
}
