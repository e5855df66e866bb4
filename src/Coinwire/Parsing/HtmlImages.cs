namespace Coinwire.Parsing;

/// <summary>Finds the first <c>&lt;img src&gt;</c> in an HTML fragment with a span scan (no DOM).</summary>
internal static class HtmlImages
{
    /// <summary>The raw <c>src</c> of the first image, or <see langword="null"/>.</summary>
    public static string? FirstSrc(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return null;
        }
        var span = html.AsSpan();
        var from = 0;
        while (true)
        {
            var at = span[from..].IndexOf("<img", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return null;
            }
            var start = from + at + 4;
            var end = span[start..].IndexOf('>');
            var tag = end < 0 ? span[start..] : span.Slice(start, end);
            var src = Attribute(tag, "src");
            if (!src.IsEmpty && !src.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                return System.Net.WebUtility.HtmlDecode(src.ToString());
            }
            from = start;
        }
    }

    private static ReadOnlySpan<char> Attribute(ReadOnlySpan<char> tag, string name)
    {
        var pos = 0;
        while (true)
        {
            var at = tag[pos..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return default;
            }
            var i = pos + at;
            pos = i + name.Length;
            if (i > 0 && !char.IsWhiteSpace(tag[i - 1]))
            {
                continue;
            }
            var rest = tag[pos..].TrimStart();
            if (rest.IsEmpty || rest[0] != '=')
            {
                continue;
            }
            rest = rest[1..].TrimStart();
            if (rest.IsEmpty)
            {
                return default;
            }
            if (rest[0] is '"' or '\'')
            {
                var close = rest[1..].IndexOf(rest[0]);
                return (close < 0 ? rest[1..] : rest.Slice(1, close)).Trim();
            }
            var stop = rest.IndexOfAny([' ', '\t', '\n', '>']);
            return stop < 0 ? rest : rest[..stop];
        }
    }
}
