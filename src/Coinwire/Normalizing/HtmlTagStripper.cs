using System.Text;
using Coinwire.Common;

namespace Coinwire.Normalizing;

/// <summary>
/// Removes markup from HTML in one linear pass without building a DOM: tags, comments, doctypes and the content of
/// script-like elements go; CDATA text stays; block-level tags become a space. A '&lt;' that does not start a tag
/// ("BTC &lt; $50k") or a tag that is never closed is kept as text. Entities are left for <see cref="HtmlEntities"/>.
/// </summary>
internal static class HtmlTagStripper
{
    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "object",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "img", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "video", "audio", "picture", "option", "body", "html", "head", "iframe",
    };

    // Every HTML element name (current and obsolete): in a title, a tag with another name ("Q&A: <tag>", "<ETH>") is
    // text, as feedparser keeps it.
    private static readonly HashSet<string> HtmlElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi",
        "bdo", "bgsound", "big", "blink", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite",
        "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt",
        "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "image", "img", "input", "ins",
        "isindex", "kbd", "keygen", "label", "legend", "li", "link", "listing", "main", "map", "mark", "marquee", "math",
        "menu", "menuitem", "meta", "meter", "multicol", "nav", "nextid", "nobr", "noembed", "noframes", "noscript",
        "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "plaintext", "pre", "progress", "q",
        "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source",
        "spacer", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template",
        "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HtmlElementNames = HtmlElements.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextNames = RawTextElements.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockNames = BlockElements.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The text of <paramref name="html"/> without its markup. With <paramref name="keepUnknownTags"/>, a tag whose name
    /// is no HTML element's (and has no ':' or '-' of a prefixed or custom element) stays as text.
    /// </summary>
    public static string Strip(string html, bool keepUnknownTags = false)
    {
        var sb = StringBuilderCache.Acquire(html.Length);
        var gt = new NextGreaterThan(html);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                sb.Append(html, i, html.Length - i);
                break;
            }
            sb.Append(html, i, lt - i);
            i = SkipMarkup(html, lt, sb, gt, keepUnknownTags);
        }
        return StringBuilderCache.GetStringAndRelease(sb);
    }

    // Handles the construct starting at '<' (position lt) and returns the position after it.
    private static int SkipMarkup(string html, int lt, StringBuilder sb, NextGreaterThan gt, bool keepUnknownTags)
    {
        var next = lt + 1 < html.Length ? html[lt + 1] : '\0';
        if (next == '!')
        {
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                return After(html, html.IndexOf("-->", lt + 4, StringComparison.Ordinal), 3);
            }
            if (string.CompareOrdinal(html, lt, "<![CDATA[", 0, 9) == 0)
            {
                var end = html.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
                var stop = end < 0 ? html.Length : end;
                sb.Append(html, lt + 9, stop - lt - 9);
                return After(html, end, 3);
            }
            return BogusComment(lt, sb, gt);
        }
        if (next == '?')
        {
            return BogusComment(lt, sb, gt);
        }
        var closing = next == '/';
        var nameStart = closing ? lt + 2 : lt + 1;
        if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
        {
            sb.Append('<');
            return lt + 1;
        }
        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
        {
            nameEnd++;
        }
        var tagEnd = FindTagEnd(html, nameEnd);
        var name = html.AsSpan(nameStart, nameEnd - nameStart);
        if (tagEnd < 0 || (keepUnknownTags && !HtmlElementNames.Contains(name) && name.IndexOfAny(':', '-') < 0))
        {
            sb.Append('<');
            return lt + 1;
        }
        if (BlockNames.Contains(name))
        {
            sb.Append(' ');
        }
        if (!closing && RawTextNames.TryGetValue(name, out var rawText) && html[tagEnd - 1] != '/')
        {
            return SkipRawText(html, tagEnd + 1, rawText);
        }
        return tagEnd + 1;
    }

    private static int SkipRawText(string html, int from, string name)
    {
        var search = from;
        while (true)
        {
            var close = html.IndexOf("</", search, StringComparison.Ordinal);
            if (close < 0)
            {
                return html.Length;
            }
            var afterName = close + 2 + name.Length;
            if (afterName <= html.Length && string.Compare(html, close + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (afterName == html.Length || !char.IsAsciiLetterOrDigit(html[afterName])))
            {
                return After(html, html.IndexOf('>', afterName), 1);
            }
            search = close + 2;
        }
    }

    // Index of the '>' closing a tag whose attributes start at 'from'; quoted attribute values may contain '>'.
    private static int FindTagEnd(string html, int from)
    {
        var i = from;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                return i;
            }
            if (c is '"' or '\'' && PrecededByEquals(html, i, from))
            {
                var close = html.IndexOf(c, i + 1);
                if (close < 0)
                {
                    return -1;
                }
                i = close + 1;
                continue;
            }
            if (c == '<')
            {
                return -1; // "a<b and c<d": no tag ever closed before the next one opens
            }
            i++;
        }
        return -1;
    }

    private static bool PrecededByEquals(string html, int quote, int from)
    {
        for (var k = quote - 1; k >= from; k--)
        {
            if (!char.IsWhiteSpace(html[k]))
            {
                return html[k] == '=';
            }
        }
        return false;
    }

    // "<!DOCTYPE …>" or "<?xml …?>"; without a closing '>' the '<' was just text.
    private static int BogusComment(int lt, StringBuilder sb, NextGreaterThan gt)
    {
        var end = gt.From(lt + 2);
        if (end < 0)
        {
            sb.Append('<');
            return lt + 1;
        }
        return end + 1;
    }

    private static int After(string html, int index, int length) => index < 0 ? html.Length : index + length;

    // Remembers the last '>' found so that "<!<!<!…" with no '>' is scanned once, not once per '<'.
    private sealed class NextGreaterThan(string html)
    {
        private int _searchedFrom = int.MaxValue;
        private int _found = -1;

        public int From(int from)
        {
            if (from >= _searchedFrom && (_found < 0 || _found >= from))
            {
                return _found;
            }
            _searchedFrom = from;
            _found = from < html.Length ? html.IndexOf('>', from) : -1;
            return _found;
        }
    }
}
