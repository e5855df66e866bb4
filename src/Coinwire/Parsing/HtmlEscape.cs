using System.Text;

namespace Coinwire.Parsing;

/// <summary>Minimal HTML escaping (<c>&amp; &lt; &gt; &quot;</c>) that, unlike WebUtility.HtmlEncode, leaves non-ASCII text alone.</summary>
internal static class HtmlEscape
{
    /// <summary>Plain text as HTML text.</summary>
    public static string Text(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }
        var html = new StringBuilder(text.Length + 16);
        Append(html, text, attribute: true);
        return html.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped; quotes only inside attributes.</summary>
    public static void Append(StringBuilder html, string text, bool attribute)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' when attribute => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }
    }
}
