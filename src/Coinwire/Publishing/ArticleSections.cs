using System.Text;

namespace Coinwire.Publishing;

/// <summary>One <c>## Heading</c> section of an article body.</summary>
/// <param name="Heading">The heading text without <c>## </c>.</param>
/// <param name="Text">The section's Markdown, trimmed.</param>
public sealed record ArticleSection(string Heading, string Text);

/// <summary>Splits an article body into its <c>## </c> sections and joins them back in the contract's layout.</summary>
public static class ArticleSections
{
    /// <summary>The sections of <paramref name="body"/>; text before the first heading becomes a section with an empty heading.</summary>
    public static IReadOnlyList<ArticleSection> Split(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sections = new List<ArticleSection>();
        string? heading = null;
        var text = new StringBuilder();
        void Flush()
        {
            if (heading is not null || text.ToString().Trim().Length > 0)
            {
                sections.Add(new ArticleSection(heading ?? "", text.ToString().Trim('\n', '\r')));
            }
            text.Clear();
        }
        foreach (var line in body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                heading = line[3..].Trim();
                continue;
            }
            text.Append(line).Append('\n');
        }
        Flush();
        return sections;
    }

    /// <summary>
    /// The body for <paramref name="sections"/>: <c>## Heading</c>, a blank line, the text, a blank line between sections,
    /// one final newline (the layout of the reference article).
    /// </summary>
    public static string Join(IEnumerable<ArticleSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var parts = sections.Select(s =>
        {
            var text = s.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim('\n');
            return s.Heading.Length == 0 ? text : $"## {s.Heading}\n\n{text}";
        });
        return string.Join("\n\n", parts) + "\n";
    }
}
