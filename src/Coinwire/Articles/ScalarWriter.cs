using System.Globalization;
using System.Text;

namespace Coinwire.Articles;

/// <summary>How js-yaml 3.14.1 writes a string scalar (<c>writeScalar</c>, <c>chooseScalarStyle</c>, <c>escapeString</c>) with <c>lineWidth: -1</c>.</summary>
internal static class ScalarWriter
{
    private static readonly HashSet<string> DeprecatedBooleans =
        ["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO", "off", "Off", "OFF"];

    private enum Style
    {
        Plain,
        Single,
        Literal,
        Double,
    }

    /// <summary>The scalar as written at nesting <paramref name="level"/>; keys never use block styles.</summary>
    public static string Write(string value, int level, bool isKey)
    {
        if (value.Length == 0)
        {
            return "''";
        }
        if (DeprecatedBooleans.Contains(value))
        {
            return "'" + value + "'";
        }
        var indent = 2 * Math.Max(1, level);
        return ChooseStyle(value, singleLineOnly: isKey) switch
        {
            Style.Plain => value,
            Style.Single => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'",
            Style.Literal => "|" + BlockHeader(value) + DropEndingNewline(IndentString(value, indent)),
            _ => "\"" + Escape(value) + "\"",
        };
    }

    private static Style ChooseStyle(string s, bool singleLineOnly)
    {
        var hasLineBreak = false;
        var plain = IsPlainSafeFirst(s[0]) && !IsWhitespace(s[^1]);
        for (var i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (c == '\n' && !singleLineOnly)
            {
                hasLineBreak = true;
            }
            else if (!IsPrintable(c))
            {
                return Style.Double;
            }
            plain = plain && IsPlainSafe(c, i > 0 ? s[i - 1] : -1);
        }
        if (!hasLineBreak)
        {
            return plain && !ScalarResolver.IsAmbiguous(s) ? Style.Plain : Style.Single;
        }
        return Style.Literal;
    }

    private static bool IsWhitespace(int c) => c is ' ' or '\t';

    // Derived from nb-char minus \t, #x85, #xA0, #x2028, #x2029; surrogates (astral characters) fall outside.
    private static bool IsPrintable(int c) =>
        c is (>= 0x20 and <= 0x7E)
        or (>= 0xA1 and <= 0xD7FF and not 0x2028 and not 0x2029)
        or (>= 0xE000 and <= 0xFFFD and not 0xFEFF);

    private static bool IsNsChar(int c) => IsPrintable(c) && !IsWhitespace(c) && c != 0xFEFF && c != '\r' && c != '\n';

    private static bool IsPlainSafe(int c, int prev) =>
        IsPrintable(c) && c != 0xFEFF
        && c is not (',' or '[' or ']' or '{' or '}' or ':')
        && (c != '#' || (prev >= 0 && IsNsChar(prev)));

    private static bool IsPlainSafeFirst(int c) =>
        IsPrintable(c) && c != 0xFEFF && !IsWhitespace(c)
        && c is not ('-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|'
            or '=' or '>' or '\'' or '"' or '%' or '@' or '`');

    private static bool NeedIndentIndicator(string s) => s.TrimStart('\n').StartsWith(' ');

    private static string BlockHeader(string s)
    {
        var indicator = NeedIndentIndicator(s) ? "2" : "";
        var clip = s[^1] == '\n';
        var keep = clip && (s == "\n" || s[^2] == '\n');
        return indicator + (keep ? "+" : clip ? "" : "-") + "\n";
    }

    private static string DropEndingNewline(string s) => s.EndsWith('\n') ? s[..^1] : s;

    // Every line gets the indent except empty ones ("\n" alone).
    private static string IndentString(string s, int spaces)
    {
        var pad = new string(' ', spaces);
        var sb = new StringBuilder(s.Length + 16);
        var position = 0;
        while (position < s.Length)
        {
            var next = s.IndexOf('\n', position);
            var end = next == -1 ? s.Length : next + 1;
            if (end - position > 0 && !(end - position == 1 && s[position] == '\n'))
            {
                sb.Append(pad);
            }
            sb.Append(s, position, end - position);
            position = end;
        }
        return sb.ToString();
    }

    /// <summary>The inside of a double-quoted scalar, escaped as js-yaml escapes it.</summary>
    internal static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(EncodeHex(char.ConvertToUtf32(c, s[i + 1])));
                i++;
                continue;
            }
            var escape = c switch
            {
                '\0' => "\\0",
                '\a' => "\\a",
                '\b' => "\\b",
                '\t' => "\\t",
                '\n' => "\\n",
                '\v' => "\\v",
                '\f' => "\\f",
                '\r' => "\\r",
                '\x1B' => "\\e",
                '"' => "\\\"",
                '\\' => "\\\\",
                '\u0085' => "\\N",
                '\u00A0' => "\\_",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ => null,
            };
            if (escape is not null)
            {
                sb.Append(escape);
            }
            else if (IsPrintable(c))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(EncodeHex(c));
            }
        }
        return sb.ToString();
    }

    private static string EncodeHex(int c)
    {
        var hex = c.ToString("X", CultureInfo.InvariantCulture);
        var (handle, length) = c <= 0xFF ? ('x', 2) : c <= 0xFFFF ? ('u', 4) : ('U', 8);
        return "\\" + handle + hex.PadLeft(length, '0');
    }
}
