namespace Coinwire.Articles;

/// <summary>
/// Splits an article file into front matter and body the way gray-matter 4 does, but refuses what gray-matter
/// would silently misread: text after a delimiter on its line, and an opening <c>---</c> that is never closed.
/// </summary>
internal static class FrontMatterReader
{
    public static FrontMatterDocument Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }
        // As gray-matter: no "---" (or a "----" rule) means no front matter, and the whole text is the body.
        if (!text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("----", StringComparison.Ordinal))
        {
            return new FrontMatterDocument([], text);
        }
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (firstLineEnd < 0)
        {
            throw new ArticleFormatException("missing the closing '---' of the front matter", 1);
        }
        if (!IsBlank(text.AsSpan(3, firstLineEnd - 3)))
        {
            throw new ArticleFormatException("the opening '---' must stand alone on the first line", 1);
        }
        // gray-matter closes the block at the first "\n---", wherever it is.
        var close = text.IndexOf("\n---", firstLineEnd, StringComparison.Ordinal);
        if (close < 0)
        {
            throw new ArticleFormatException("missing the closing '---' of the front matter", 1);
        }
        var closeLine = CountLines(text, close + 1);
        var afterClose = close + 4;
        var closeLineEnd = text.IndexOf('\n', afterClose);
        var restOfLine = text.AsSpan(afterClose, (closeLineEnd < 0 ? text.Length : closeLineEnd) - afterClose);
        if (!IsBlank(restOfLine))
        {
            throw new ArticleFormatException("the closing '---' must stand alone on its line", closeLine);
        }
        var yaml = text[(firstLineEnd + 1)..(close + 1)];
        var body = closeLineEnd < 0 ? "" : text[(closeLineEnd + 1)..];
        return new FrontMatterDocument(YamlReader.ReadMapping(yaml, firstLine: 2), body);
    }

    private static bool IsBlank(ReadOnlySpan<char> s) => s.TrimEnd(" \t\r").IsEmpty;

    private static int CountLines(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;
}
