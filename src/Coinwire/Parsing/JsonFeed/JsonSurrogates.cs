namespace Coinwire.Parsing.JsonFeed;

/// <summary>
/// Lone UTF-16 surrogate escapes (<c>\ud800</c> without its pair), which feeds emit when they cut a string inside an
/// emoji: valid JSON syntax, but System.Text.Json refuses to read such a string. They become <c>\ufffd</c>.
/// </summary>
internal static class JsonSurrogates
{
    /// <summary><paramref name="json"/>, with each lone surrogate escape replaced (the same memory when there is none).</summary>
    public static ReadOnlyMemory<char> Repair(ReadOnlyMemory<char> json)
    {
        var span = json.Span;
        char[]? copy = null;
        var i = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOf('\\');
            if (next < 0)
            {
                break;
            }
            i += next;
            if (Escaped(span, i) is not { } code)
            {
                // Any other escape is two characters; skipping both keeps "\\ud800" (a backslash, then text) intact.
                i += 2;
                continue;
            }
            if (char.IsHighSurrogate(code) && Escaped(span, i + 6) is { } low && char.IsLowSurrogate(low))
            {
                i += 12;
                continue;
            }
            if (char.IsSurrogate(code))
            {
                copy ??= span.ToArray();
                "\\ufffd".CopyTo(copy.AsSpan(i));
            }
            i += 6;
        }
        return copy ?? json;
    }

    private static char? Escaped(ReadOnlySpan<char> span, int i) =>
        i + 6 <= span.Length && span[i] == '\\' && span[i + 1] == 'u'
            && ushort.TryParse(span.Slice(i + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code)
            ? (char)code
            : null;
}
