using System.Buffers;

namespace Coinwire.Parsing.Text;

/// <summary>Character sets and entity reference checks for <see cref="XmlTextRepair"/>'s rules.</summary>
internal static class XmlReferences
{
    /// <summary>What the repair scan stops at: <c>&amp;</c>, C0 controls other than tab/LF/CR, C1 controls.</summary>
    public static readonly SearchValues<char> Special = SearchValues.Create(BuildSpecial(c1: true));

    /// <summary><see cref="Special"/> without <c>&amp;</c>: what changes inside CDATA.</summary>
    public static readonly SearchValues<char> Controls = SearchValues.Create(BuildSpecial(c1: true)[1..]);

    /// <summary><see cref="Special"/> for text without C1 controls.</summary>
    public static readonly SearchValues<char> AsciiSpecial = SearchValues.Create(BuildSpecial(c1: false));

    /// <summary><see cref="Controls"/> for text without C1 controls.</summary>
    public static readonly SearchValues<char> AsciiControls = SearchValues.Create(BuildSpecial(c1: false)[1..]);

    /// <summary>
    /// The length (with the <c>&amp;</c>) of the predefined entity or numeric reference to an allowed, non-C1 character
    /// that <paramref name="afterAmpersand"/> starts with: references no repair rule changes. 0 for anything else.
    /// </summary>
    public static int UnchangedLength(ReadOnlySpan<char> afterAmpersand)
    {
        var rest = afterAmpersand;
        if (rest.StartsWith("lt;") || rest.StartsWith("gt;"))
        {
            return 4;
        }
        if (rest.StartsWith("amp;"))
        {
            return 5;
        }
        if (rest.StartsWith("quot;") || rest.StartsWith("apos;"))
        {
            return 6;
        }
        if (rest.IsEmpty || rest[0] != '#')
        {
            return 0;
        }
        var hex = rest.Length > 1 && rest[1] is 'x' or 'X';
        var at = hex ? 2 : 1;
        var code = 0;
        // Up to 6 digits: longer forms (leading zeros) take the general path.
        for (var digits = 0; at < rest.Length && digits <= 6; at++, digits++)
        {
            var c = rest[at];
            var value = char.IsAsciiDigit(c) ? c - '0' : hex && char.IsAsciiHexDigit(c) ? (c | 0x20) - 'a' + 10 : -1;
            if (value < 0)
            {
                return c == ';' && digits > 0 && IsXmlChar(code) && code is not (>= 0x80 and <= 0x9F) ? at + 2 : 0;
            }
            code = code * (hex ? 16 : 10) + value;
        }
        return 0;
    }

    /// <summary>True for the characters XML 1.0 allows.</summary>
    public static bool IsXmlChar(int code) =>
        code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    /// <summary>True for an ASCII entity name (a letter, then letters or digits, at most 32).</summary>
    public static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.Length > 32 || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static char[] BuildSpecial(bool c1)
    {
        var chars = new List<char> { '&' };
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                chars.Add(c);
            }
        }
        for (var c = '\u0080'; c1 && c <= '\u009F'; c++)
        {
            chars.Add(c);
        }
        return [.. chars];
    }
}
