using System.Buffers;
using Coinwire.Parsing.Text;

namespace Coinwire.Parsing;

/// <summary>Minimal HTML escaping (<c>&amp; &lt; &gt; &quot;</c>) that, unlike WebUtility.HtmlEncode, leaves non-ASCII text alone.</summary>
internal static class HtmlEscape
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"");

    /// <summary>Plain text as HTML text.</summary>
    public static string Text(string text)
    {
        if (text.AsSpan().IndexOfAny(AttributeSpecials) < 0)
        {
            return text;
        }
        using var html = new PooledChars(text.Length + 32);
        Append(html, text, attribute: true);
        return new string(html.Span);
    }

    /// <summary>Appends <paramref name="text"/> escaped; quotes only inside attributes.</summary>
    public static void Append(PooledChars html, ReadOnlySpan<char> text, bool attribute)
    {
        var rest = text;
        var specials = attribute ? AttributeSpecials : TextSpecials;
        for (var at = rest.IndexOfAny(specials); at >= 0; at = rest.IndexOfAny(specials))
        {
            html.Append(rest[..at]);
            html.Append(rest[at] switch
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
