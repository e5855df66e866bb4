using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Coinwire.Normalizing;

/// <summary>HTML from feeds: allow-list sanitizing and plain-text extraction. Neither method throws on any input.</summary>
public static partial class HtmlText
{
    // Beyond this many open tags (counted naively) the DOM is degenerate; AngleSharp's serializer recurses per level.
    private const int MaxNesting = 400;

    // The DOM sanitizer costs a few microseconds per character; real item bodies stay far below this.
    private const int MaxSanitizeLength = 500_000;

    /// <summary>Sanitized HTML (allow-list), with relative URLs made absolute against <paramref name="baseUri"/>.</summary>
    /// <remarks>
    /// Kept: text formatting, headings, lists, tables, quotes, code, links (http, https, mailto; <c>rel="nofollow noopener
    /// noreferrer"</c>, any <c>target</c> becomes <c>_blank</c>), images, audio/video, and iframes from YouTube and Vimeo
    /// (sandboxed, https). Dropped: scripts, styles and their text, event handlers, <c>class</c>/<c>style</c>/<c>id</c>,
    /// <c>javascript:</c> and all <c>data:</c> URLs (images included: they bloat the store and can hide content),
    /// other iframes, forms, tracking pixels (1×1 or known counters) and links left empty. Double-escaped references
    /// (<c>&amp;amp;quot;</c>) lose one level of escaping first. Input longer than 500,000 characters is cut after the
    /// last complete tag before that length. Degenerate input (nesting deeper than a few hundred
    /// levels, or anything the parser rejects) comes back as its plain text in one paragraph.
    /// </remarks>
    public static string Sanitize(string html, Uri? baseUri = null)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }
        return html.Length <= MaxSanitizeLength && PlainHtmlFragment.TryEscape(html, out var plain) ? plain : SanitizeMarkup(html, baseUri);
    }

    /// <summary>
    /// <see cref="Sanitize"/> for markup, also for text without it: through <see cref="FastHtmlSanitizer"/> when it
    /// takes the input and <paramref name="fastPath"/> is on, else through the HTML parser and sanitizer.
    /// </summary>
    internal static string SanitizeMarkup(string html, Uri? baseUri, bool fastPath = true)
    {
        if (NaiveNesting(html) > MaxNesting)
        {
            return AsParagraph(html);
        }
        // Unwrapped so that fallback images inside are sanitized as markup: the DOM sanitizer parses with scripting on,
        // which would turn <noscript> content into escaped text.
        var source = NoscriptTag().Replace(HtmlEntities.UnescapeDoubleEscapes(Truncate(html)), string.Empty);
        try
        {
            var baseUrl = baseUri is { IsAbsoluteUri: true } ? baseUri.AbsoluteUri : string.Empty;
            return fastPath && FastHtmlSanitizer.TrySanitize(source, baseUrl, out var fast) ? fast : SanitizeWithParser(source, baseUrl);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return AsParagraph(source);
        }
    }

    /// <summary>Plain text: tags stripped, entities decoded, whitespace collapsed, trimmed.</summary>
    /// <remarks>
    /// Block-level tags become spaces, inline tags vanish (<c>&lt;b&gt;Bit&lt;/b&gt;coin</c> is <c>Bitcoin</c>); script, style and
    /// similar elements lose their content. All HTML5 named references are decoded; text escaped twice
    /// (<c>&amp;amp;quot;</c>) is decoded twice. Input without <c>&lt;</c> or <c>&amp;</c> only has its whitespace collapsed.
    /// </remarks>
    public static string ToPlainText(string htmlOrText) => ToPlainText(htmlOrText, keepUnknownTags: false);

    /// <summary>
    /// As <see cref="ToPlainText(string)"/>, for a title: a tag no HTML element has ("&lt;ETH&gt;") stays as text, and a
    /// title that is nothing but markup (a broken template's "&lt;title&gt;") is kept as written rather than lost.
    /// </summary>
    public static string TitleToPlainText(string htmlOrText)
    {
        var text = ToPlainText(htmlOrText, keepUnknownTags: true);
        return text.Length == 0 && !string.IsNullOrWhiteSpace(htmlOrText)
            ? TextCleanup.CollapseWhitespace(HtmlEntities.Decode(htmlOrText))
            : text;
    }

    private static string ToPlainText(string htmlOrText, bool keepUnknownTags)
    {
        if (string.IsNullOrEmpty(htmlOrText))
        {
            return string.Empty;
        }
        var span = htmlOrText.AsSpan();
        if (span.IndexOfAny('<', '&') < 0)
        {
            return TextCleanup.CollapseWhitespace(htmlOrText);
        }
        var text = span.Contains('<') ? HtmlTagStripper.Strip(htmlOrText, keepUnknownTags) : htmlOrText;
        var doubled = HtmlEntities.HasDoubleEscapes(text);
        text = HtmlEntities.Decode(text);
        if (doubled)
        {
            text = HtmlEntities.Decode(text);
        }
        return TextCleanup.CollapseWhitespace(text);
    }

    // Its own method so that the sanitizer (and AngleSharp) are only loaded and initialized when the fast path declines.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string SanitizeWithParser(string source, string baseUrl) => FeedHtmlSanitizer.Sanitize(source, baseUrl).Trim();

    // Cuts oversized input after the last complete tag before the limit; the parser closes whatever is left open.
    private static string Truncate(string html)
    {
        if (html.Length <= MaxSanitizeLength)
        {
            return html;
        }
        var cut = html.LastIndexOf('>', MaxSanitizeLength - 1);
        return html[..(cut > 0 ? cut + 1 : MaxSanitizeLength)];
    }

    [GeneratedRegex(@"</?noscript\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoscriptTag();

    private static string AsParagraph(string html)
    {
        var text = ToPlainText(html);
        return text.Length == 0 ? string.Empty : "<p>" + WebUtility.HtmlEncode(text) + "</p>";
    }

    // Upper bound of the element depth: start tags minus end tags, ignoring void elements and self-closing tags.
    private static int NaiveNesting(string html)
    {
        int depth = 0, max = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var next = html[i + 1];
            if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(next) && !IsVoid(html, i + 1))
            {
                max = Math.Max(max, ++depth);
            }
        }
        return max;
    }

    private static readonly string[] VoidElements = ["br", "img", "hr", "meta", "link", "input", "source", "wbr", "col", "area", "base", "embed", "param", "track", "p ", "p>", "li"];

    private static bool IsVoid(string html, int nameStart)
    {
        var first = (char)(html[nameStart] | 0x20);
        foreach (var v in VoidElements)
        {
            // Most tags start with a letter no entry does: skip the comparisons (a pass over every tag of every body).
            if (v[0] != first)
            {
                continue;
            }
            if (string.Compare(html, nameStart, v, 0, v.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }
        return false;
    }
}
