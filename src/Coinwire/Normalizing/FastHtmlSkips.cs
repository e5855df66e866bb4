using System.Text;

namespace Coinwire.Normalizing;

/// <summary>
/// The parts of an HTML fragment <see cref="FastHtmlSanitizer"/> steps over because the sanitizer drops them whole:
/// comments, <c>script</c>/<c>style</c> text and <c>svg</c> subtrees. Each returns false for a form whose end the
/// tokenizer would find elsewhere.
/// </summary>
internal static class FastHtmlSkips
{
    // Start tags that leave SVG for HTML content (the tree builder's breakout list and integration points).
    private static readonly HashSet<string> SvgExits = new[]
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s",
        "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font", "foreignobject",
        "desc", "title", "math", "svg",
    }.ToHashSet(StringComparer.Ordinal);

    /// <summary>Steps over a plain comment at <paramref name="i"/> (<c>&lt;!</c>).</summary>
    public static bool Comment(string s, ref int i)
    {
        var body = i + 4;
        if (string.CompareOrdinal(s, i, "<!--", 0, 4) != 0 || body >= s.Length || s[body] == '>'
            || string.CompareOrdinal(s, body, "->", 0, 2) == 0)
        {
            return false;
        }
        var end = s.IndexOf("-->", body, StringComparison.Ordinal);
        if (end < 0 || s.AsSpan(body, end - body).Contains("--!", StringComparison.Ordinal))
        {
            return false;
        }
        i = end + 3;
        return true;
    }

    /// <summary>
    /// Steps over the text of a raw-text element whose start tag ended at <paramref name="i"/> and its end tag.
    /// </summary>
    public static bool RawText(string s, string name, ref int i)
    {
        for (var from = i; ; )
        {
            var close = s.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                return false;
            }
            var after = close + 2 + name.Length;
            if (after < s.Length && (s[after] is '>' or '/' || FastHtmlAttributes.IsSpace(s[after])))
            {
                // In script text "<!--" starts the escaped states, where a "<script" makes "</script>" not end it.
                if (name == "script" && s.AsSpan(i, close - i).Contains("<!--", StringComparison.Ordinal)
                    && s.AsSpan(i, close - i).Contains("<script", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
                i = SkipSpace(s, after);
                return i < s.Length && s[i++] == '>';
            }
            from = close + 1;
        }
    }

    /// <summary>
    /// Steps over an <c>svg</c> subtree whose start tag ended at <paramref name="i"/>: SVG elements only, end tags that
    /// close one of them, no comments or CDATA, up to the end tag of the outer <c>svg</c>.
    /// </summary>
    public static bool Svg(string s, ref int i, List<KeyValuePair<string, string>> attributes, StringBuilder scratch)
    {
        var open = new List<string> { "svg" };
        while (open.Count > 0)
        {
            var lt = s.IndexOf('<', i);
            if (lt < 0 || lt + 2 >= s.Length)
            {
                return false;
            }
            var c = s[lt + 1];
            var end = c == '/';
            if (c == '!' || c == '?' || (end && !char.IsAsciiLetter(s[lt + 2])))
            {
                return false;
            }
            i = lt + 1;
            if (!end && !char.IsAsciiLetter(c))
            {
                continue;
            }
            var start = end ? lt + 2 : lt + 1;
            i = start;
            while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is '-' or '_' or ':'))
            {
                i++;
            }
            var name = s[start..i].ToLowerInvariant();
            if (i >= s.Length || !(s[i] is '/' or '>' || FastHtmlAttributes.IsSpace(s[i]))
                || !FastHtmlAttributes.TryRead(s, ref i, attributes, scratch, out var selfClosing))
            {
                return false;
            }
            if (end)
            {
                var at = open.LastIndexOf(name);
                if (at < 0)
                {
                    return false;
                }
                open.RemoveRange(at, open.Count - at);
            }
            else if (SvgExits.Contains(name))
            {
                return false;
            }
            else if (!selfClosing)
            {
                open.Add(name);
            }
        }
        return true;
    }

    private static int SkipSpace(string s, int i)
    {
        while (i < s.Length && FastHtmlAttributes.IsSpace(s[i]))
        {
            i++;
        }
        return i;
    }
}
