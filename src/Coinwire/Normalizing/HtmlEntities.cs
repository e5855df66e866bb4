using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html;
using Coinwire.Common;
using Coinwire.Parsing.Text;

namespace Coinwire.Normalizing;

/// <summary>HTML character references: all HTML5 named entities (from AngleSharp's table) and numeric references.</summary>
public static partial class HtmlEntities
{
    // Longest named reference in HTML5 is "&CounterClockwiseContourIntegral;" (33 characters incl. ';').
    private const int MaxNameLength = 32;

    /// <summary>
    /// Decodes character references in text. Numeric references follow HTML5 (<c>&amp;#146;</c> is <c>’</c>, <c>&amp;#0;</c>
    /// and surrogates become U+FFFD). Named references need their semicolon, except the legacy ones (<c>&amp;amp</c>,
    /// <c>&amp;nbsp</c>, …) when not followed by <c>=</c>; unknown names stay as written (<c>AT&amp;T</c>).
    /// </summary>
    public static string Decode(string text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('&', StringComparison.Ordinal))
        {
            return text ?? string.Empty;
        }
        var sb = StringBuilderCache.Acquire(text.Length);
        var pos = 0;
        while (pos < text.Length)
        {
            var amp = text.IndexOf('&', pos);
            if (amp < 0)
            {
                break;
            }
            sb.Append(text, pos, amp - pos);
            var consumed = amp + 1 < text.Length && text[amp + 1] == '#'
                ? DecodeNumeric(text, amp, sb)
                : DecodeNamed(text, amp, sb);
            if (consumed == 0)
            {
                sb.Append('&');
                consumed = 1;
            }
            pos = amp + consumed;
        }
        return StringBuilderCache.GetStringAndRelease(sb.Append(text, pos, text.Length - pos));
    }

    /// <summary>
    /// True when <paramref name="text"/> holds references escaped twice (<c>&amp;amp;quot;</c>, <c>&amp;amp;#39;</c>, <c>&amp;amp;amp;</c>):
    /// markup escaped once more than its format needs, which shows as literal <c>&amp;quot;</c> to readers.
    /// </summary>
    public static bool HasDoubleEscapes(string text) =>
        text.Contains("&amp;", StringComparison.OrdinalIgnoreCase) && DoubleEscaped().IsMatch(text);

    /// <summary>Removes one level of escaping from double-escaped references (<c>&amp;amp;quot;</c> → <c>&amp;quot;</c>); other text is unchanged.</summary>
    public static string UnescapeDoubleEscapes(string text) =>
        HasDoubleEscapes(text) ? DoubleEscaped().Replace(text, "&$1") : text;

    [GeneratedRegex(@"&amp;(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DoubleEscaped();

    private static int DecodeNumeric(string text, int amp, StringBuilder sb)
    {
        var i = amp + 2;
        var hex = i < text.Length && text[i] is 'x' or 'X';
        if (hex)
        {
            i++;
        }
        var start = i;
        while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
        {
            i++;
        }
        if (i == start)
        {
            return 0;
        }
        var digits = text.AsSpan(start, Math.Min(i - start, 8));
        var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        var code = int.TryParse(digits, style, CultureInfo.InvariantCulture, out var n) && i - start <= 8 ? n : int.MaxValue;
        sb.Append(CodePointText(code));
        return i - amp + (i < text.Length && text[i] == ';' ? 1 : 0);
    }

    private static string CodePointText(int code)
    {
        if (code is >= 0x80 and <= 0x9F && Cp1252.Printable(code) is { } printable)
        {
            return printable.ToString();
        }
        if (code is 0 or > 0x10FFFF or >= 0xD800 and <= 0xDFFF)
        {
            return "\uFFFD";
        }
        return char.ConvertFromUtf32(code);
    }

    private static int DecodeNamed(string text, int amp, StringBuilder sb)
    {
        var i = amp + 1;
        while (i < text.Length && i - amp <= MaxNameLength && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }
        if (i == amp + 1)
        {
            return 0;
        }
        var withSemicolon = i < text.Length && text[i] == ';';
        var common = withSemicolon ? CommonEntities.WithSemicolon(text.AsSpan(amp + 1, i - amp - 1)) : null;
        if (common is not null)
        {
            sb.Append(common);
            return i - amp + 1;
        }
        var name = text.Substring(amp + 1, i - amp - 1);
        var symbol = withSemicolon
            ? HtmlEntityProvider.Resolver.GetSymbol(name + ";")
            : (i < text.Length && text[i] == '=' ? null : HtmlEntityProvider.Resolver.GetSymbol(name));
        if (string.IsNullOrEmpty(symbol))
        {
            return 0;
        }
        sb.Append(symbol);
        return i - amp + (withSemicolon ? 1 : 0);
    }
}
