using System.Buffers;
using System.Text;

namespace Coinwire.Parsing.Xml;

/// <summary>What a value's raw characters are: element text, a CDATA section or an attribute value.</summary>
internal enum FastValueKind
{
    /// <summary>Text or whitespace: references decoded, line endings normalized.</summary>
    Text,

    /// <summary>A CDATA section: line endings normalized only.</summary>
    CData,

    /// <summary>An attribute value: references decoded, line endings normalized, then tab/LF/CR become spaces.</summary>
    Attribute,
}

/// <summary>Character checks, reference parsing and value decoding for <see cref="FastXmlReader"/>.</summary>
internal static class FastXmlText
{
    /// <summary>Where a text run needs a closer look: markup, references, CRs and a possible <c>]]&gt;</c>.</summary>
    public static readonly SearchValues<char> TextStops = SearchValues.Create("<&\r]");

    /// <summary>What makes an attribute value need decoding, plus <c>&lt;</c>, which is an error there.</summary>
    public static readonly SearchValues<char> AttributeStops = SearchValues.Create("<&\t\n\r");

    /// <summary>XML whitespace.</summary>
    public static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\n\r");

    /// <summary>C0 controls XML 1.0 does not allow.</summary>
    private static readonly SearchValues<char> BadControls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private static readonly SearchValues<char> DecodeStops = SearchValues.Create("&\r");

    /// <summary>True for the four XML whitespace characters.</summary>
    public static bool IsWhitespace(int c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>True for an ASCII character that may start an NCName (other names are left to System.Xml).</summary>
    public static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    /// <summary>True for an ASCII character that may continue an NCName.</summary>
    public static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

    /// <summary>
    /// False when the text holds a character whose handling System.Xml decides (C0 controls, U+FFFE/U+FFFF,
    /// unpaired surrogates).
    /// </summary>
    public static bool HasOnlyPlainCharacters(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(BadControls))
        {
            return false;
        }
        // One pass finds surrogates and U+FFFE/U+FFFF together; other characters it stops at are passed over.
        for (var at = text.IndexOfAnyInRange('\uD800', '\uFFFF'); at >= 0;)
        {
            var c = text[at];
            if (c >= '\uFFFE' || char.IsLowSurrogate(c)
                || (char.IsHighSurrogate(c) && (at + 1 >= text.Length || !char.IsLowSurrogate(text[++at]))))
            {
                return false;
            }
            var next = text[(at + 1)..].IndexOfAnyInRange('\uD800', '\uFFFF');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return true;
    }

    /// <summary>
    /// Parses the reference at the start of <paramref name="s"/> (which begins with <c>&amp;</c>): a predefined entity
    /// or a decimal/hex character reference to an XML character. Returns its length, or 0 for anything else.
    /// </summary>
    public static int Reference(ReadOnlySpan<char> s, out int code)
    {
        code = 0;
        if (s.Length < 4)
        {
            return 0;
        }
        if (s[1] != '#')
        {
            return Named(s, out code);
        }
        var hex = s[2] == 'x';
        var at = hex ? 3 : 2;
        var first = at;
        for (; at < s.Length && at - first <= 7; at++)
        {
            var c = s[at];
            var digit = char.IsAsciiDigit(c) ? c - '0' : hex && char.IsAsciiHexDigit(c) ? (c | 0x20) - 'a' + 10 : -1;
            if (digit < 0)
            {
                return c == ';' && at > first && IsXmlChar(code) ? at + 1 : 0;
            }
            code = code * (hex ? 16 : 10) + digit;
        }
        return 0;
    }

    /// <summary>True for a code point XML 1.0 allows.</summary>
    public static bool IsXmlChar(int code) =>
        code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    /// <summary>Decodes the raw value in <paramref name="raw"/> as System.Xml reports it.</summary>
    public static string Decode(ReadOnlySpan<char> raw, FastValueKind kind)
    {
        var rented = ArrayPool<char>.Shared.Rent(raw.Length);
        var output = rented.AsSpan();
        var n = 0;
        var stops = kind == FastValueKind.Attribute ? AttributeStops : DecodeStops;
        while (!raw.IsEmpty)
        {
            var at = raw.IndexOfAny(stops);
            if (at < 0)
            {
                raw.CopyTo(output[n..]);
                n += raw.Length;
                break;
            }
            raw[..at].CopyTo(output[n..]);
            n += at;
            var c = raw[at];
            var used = 1;
            if (c == '&' && kind != FastValueKind.CData)
            {
                used = Reference(raw[at..], out var code);
                n += new Rune(code).EncodeToUtf16(output[n..]);
            }
            else if (c == '&' || c == '<')
            {
                output[n++] = c;
            }
            else
            {
                used = c == '\r' && at + 1 < raw.Length && raw[at + 1] == '\n' ? 2 : 1;
                output[n++] = kind == FastValueKind.Attribute ? ' ' : '\n';
            }
            raw = raw[(at + used)..];
        }
        var value = new string(output[..n]);
        ArrayPool<char>.Shared.Return(rented);
        return value;
    }

    private static int Named(ReadOnlySpan<char> s, out int code)
    {
        (code, var length) = s[1..] switch
        {
            ['l', 't', ';', ..] => ((int)'<', 4),
            ['g', 't', ';', ..] => ((int)'>', 4),
            ['a', 'm', 'p', ';', ..] => ((int)'&', 5),
            ['q', 'u', 'o', 't', ';', ..] => ((int)'"', 6),
            ['a', 'p', 'o', 's', ';', ..] => ((int)'\'', 6),
            _ => (0, 0),
        };
        return length;
    }
}
