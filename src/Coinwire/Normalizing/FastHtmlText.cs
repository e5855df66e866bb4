using System.Buffers;
using System.Text;
using AngleSharp.Html;
using Coinwire.Parsing.Text;

namespace Coinwire.Normalizing;

/// <summary>
/// Character references and escaping for <see cref="FastHtmlSanitizer"/>, limited to the forms whose decoding does not
/// depend on the HTML tokenizer's longest-prefix and legacy rules: <c>&amp;name;</c> with a known name, and numeric
/// references to ordinary characters, each with its semicolon. Anything else makes the fast path give up.
/// </summary>
internal static class FastHtmlText
{
    /// <summary>What a character reference at an <c>&amp;</c> turned out to be.</summary>
    public enum Reference
    {
        /// <summary>Not a reference: the <c>&amp;</c> is a literal character.</summary>
        Literal,

        /// <summary>Decoded.</summary>
        Decoded,

        /// <summary>A form the fast path does not decode.</summary>
        Unsupported,
    }

    /// <summary>
    /// Reads the reference starting at <paramref name="amp"/> (an <c>&amp;</c>); on <see cref="Reference.Decoded"/>
    /// appends its text to <paramref name="sb"/> and sets <paramref name="end"/> past it. Named references follow the
    /// tokenizer: the longest name in the table wins, legacy names need no semicolon, and in an attribute value a legacy
    /// name followed by <c>=</c> or a letter or digit stays literal.
    /// </summary>
    public static Reference Read(string s, int amp, StringBuilder sb, bool inAttribute, out int end)
    {
        end = amp + 1;
        if (end >= s.Length)
        {
            return Reference.Literal;
        }
        if (s[end] == '#')
        {
            return ReadNumeric(s, amp, sb, ref end);
        }
        var i = end;
        while (i < s.Length && char.IsAsciiLetterOrDigit(s[i]))
        {
            i++;
        }
        if (i == end)
        {
            return Reference.Literal;
        }
        if (i < s.Length && s[i] == ';' && i - end <= MaxNameLength && Symbol(s, end, i + 1) is { } full)
        {
            sb.Append(full);
            end = i + 1;
            return Reference.Decoded;
        }
        for (var length = Math.Min(i - end, MaxLegacyLength); length >= 2; length--)
        {
            if (Symbol(s, end, end + length) is not { } legacy)
            {
                continue;
            }
            var after = end + length < s.Length ? s[end + length] : '\0';
            if (inAttribute && (after == '=' || char.IsAsciiLetterOrDigit(after)))
            {
                return Reference.Literal;
            }
            sb.Append(legacy);
            end += length;
            return Reference.Decoded;
        }
        return Reference.Literal;
    }

    // Longest HTML5 name is "CounterClockwiseContourIntegral;"; the longest legacy one (no semicolon) is 6 letters.
    private const int MaxNameLength = 32;
    private const int MaxLegacyLength = 6;

    private static string? Symbol(string s, int start, int end)
    {
        if (end - start > 1 && s[end - 1] == ';' && CommonEntities.WithSemicolon(s.AsSpan(start, end - start - 1)) is { } common)
        {
            return common;
        }
        var symbol = HtmlEntityProvider.Resolver.GetSymbol(s[start..end]);
        return string.IsNullOrEmpty(symbol) ? null : symbol;
    }

    private static Reference ReadNumeric(string s, int amp, StringBuilder sb, ref int end)
    {
        var i = amp + 2;
        var hex = i < s.Length && s[i] is 'x' or 'X';
        if (hex)
        {
            i++;
        }
        var start = i;
        var code = 0;
        while (i < s.Length && i - start < 7 && (hex ? char.IsAsciiHexDigit(s[i]) : char.IsAsciiDigit(s[i])))
        {
            code = code * (hex ? 16 : 10) + (char.IsAsciiDigit(s[i]) ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10);
            i++;
        }
        // Without its semicolon a numeric reference still counts (a parse error only).
        var more = i < s.Length && (hex ? char.IsAsciiHexDigit(s[i]) : char.IsAsciiDigit(s[i]));
        if (i == start || more || !IsOrdinary(code))
        {
            return Reference.Unsupported;
        }
        sb.Append(char.ConvertFromUtf32(code));
        end = i < s.Length && s[i] == ';' ? i + 1 : i;
        return Reference.Decoded;
    }

    // Code points a numeric reference yields unchanged and without a parse-error remapping (C1 controls map to
    // windows-1252, NUL and surrogates to U+FFFD). A CR from a reference stays a CR (literal ones became LF).
    private static bool IsOrdinary(int code) =>
        code is '\t' or '\n' or '\r' or (>= 0x20 and < 0x7F) or (>= 0xA0 and < 0xD800) or (>= 0xE000 and < 0xFDD0) or (> 0xFDEF and <= 0x10FFFF)
        && (code & 0xFFFE) != 0xFFFE;

    private static readonly SearchValues<char> TextEscapes = SearchValues.Create("&<>\u00a0");
    private static readonly SearchValues<char> AttributeEscapes = SearchValues.Create("&<>\"\u00a0");

    /// <summary>Appends text as the HTML serializer writes a text node.</summary>
    public static void AppendText(StringBuilder sb, ReadOnlySpan<char> text) => AppendEscaped(sb, text, TextEscapes);

    /// <summary>Appends an attribute value as the DOM sanitizer's formatter writes it (also escaping <c>&lt;</c>, <c>&gt;</c>, <c>"</c>).</summary>
    public static void AppendAttributeValue(StringBuilder sb, string value) => AppendEscaped(sb, value, AttributeEscapes);

    private static void AppendEscaped(StringBuilder sb, ReadOnlySpan<char> text, SearchValues<char> escapes)
    {
        for (var next = text.IndexOfAny(escapes); next >= 0; next = text.IndexOfAny(escapes))
        {
            sb.Append(text[..next]).Append(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&nbsp;",
            });
            text = text[(next + 1)..];
        }
        sb.Append(text);
    }
}
