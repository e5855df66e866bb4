using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Coinwire.Common;

namespace Coinwire.Normalizing;

/// <summary>
/// Sanitizing for bodies without markup (a third of feed bodies are plain text): the string the DOM sanitizer would return,
/// without building a DOM. With no <c>&lt;</c>, <c>&amp;</c>, NUL or U+FFFF (AngleSharp's end-of-input mark, read as
/// U+FFFD) the HTML parser turns the fragment into one text
/// node whose only changes are CR/CRLF → LF; the serializer then escapes <c>&gt;</c> and U+00A0 (<c>&amp;</c> and
/// <c>&lt;</c> cannot occur). Anything else goes to the sanitizer.
/// </summary>
internal static class PlainHtmlFragment
{
    private static readonly SearchValues<char> Markup = SearchValues.Create("<&\0\uffff");
    private static readonly SearchValues<char> Changed = SearchValues.Create("\r>\u00a0");

    /// <summary>The sanitized form of <paramref name="text"/> when it has no markup; false otherwise.</summary>
    public static bool TryEscape(string text, [NotNullWhen(true)] out string? html)
    {
        var span = text.AsSpan();
        if (span.ContainsAny(Markup))
        {
            html = null;
            return false;
        }
        var next = span.IndexOfAny(Changed);
        if (next < 0)
        {
            html = text.Trim();
            return true;
        }
        var sb = StringBuilderCache.Acquire(text.Length + 16);
        while (next >= 0)
        {
            sb.Append(span[..next]);
            switch (span[next])
            {
                case '\r':
                    sb.Append('\n');
                    if (next + 1 < span.Length && span[next + 1] == '\n')
                    {
                        next++;
                    }
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                default:
                    sb.Append("&nbsp;");
                    break;
            }
            span = span[(next + 1)..];
            next = span.IndexOfAny(Changed);
        }
        html = StringBuilderCache.GetStringAndRelease(sb.Append(span)).Trim();
        return true;
    }
}
