using System.Buffers;
using System.Text;
using Coinwire.Common;

namespace Coinwire.Parsing;

/// <summary>Minimal HTML escaping (<c>&amp; &lt; &gt; &quot;</c>) that, unlike WebUtility.HtmlEncode, leaves non-ASCII text alone.</summary>
internal static class HtmlEscape
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"");

    /// <summary>Plain text as HTML text.</summary>
    public static string Text(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }
        var html = StringBuilderCache.Acquire(text.Length + 16);
        Append(html, text, attribute: true);
        return StringBuilderCache.GetStringAndRelease(html);
    }

    /// <summary>Appends <paramref name="text"/> escaped; quotes only inside attributes.</summary>
    public static void Append(StringBuilder html, string text, bool attribute)
    {
        var rest = text.AsSpan();
        var specials = attribute ? AttributeSpecials : TextSpecials;
        for (var at = rest.IndexOfAny(specials); at >= 0; at = rest.IndexOfAny(specials))
        {
            html.Append(rest[..at]).Append(rest[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => "&quot;",
            });
            rest = rest[(at + 1)..];
        }
        html.Append(rest);
    }
}
