using System.Text;
using Coinwire.Common;

namespace Coinwire.Normalizing;

/// <summary>Detects and repairs text whose UTF-8 bytes were decoded as Windows-1252 or Latin-1 (once or twice).</summary>
public static class Mojibake
{
    // Three passes undo triple encoding; feeds seen in the wild stop at two.
    private const int MaxPasses = 3;

    /// <summary>True when <paramref name="text"/> looks mis-decoded (e.g. <c>Thisâ€¦</c>).</summary>
    public static bool IsLikely(string text)
    {
        if (string.IsNullOrEmpty(text) || !HasHighByteChars(text, out var hasC1))
        {
            return false;
        }
        return hasC1 || MojibakeScanner.Accepted(text).Count > 0;
    }

    /// <summary>Repairs mis-decoded runs in <paramref name="text"/>; correct text is returned unchanged.</summary>
    public static string Repair(string text)
    {
        if (string.IsNullOrEmpty(text) || !HasHighByteChars(text, out _))
        {
            return text;
        }
        var current = text;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var accepted = MojibakeScanner.Accepted(current);
            if (accepted.Count == 0)
            {
                break;
            }
            current = MojibakeScanner.Apply(current, accepted);
        }
        return FixC1Controls(current);
    }

    /// <summary>
    /// C1 controls (U+0080-U+009F) never belong in text: they are Windows-1252 bytes decoded as Latin-1
    /// (<c>U+0092</c> for <c>’</c>). Defined ones become their Windows-1252 character, undefined ones are dropped.
    /// </summary>
    public static string FixC1Controls(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0080', '\u009F'))
        {
            return text;
        }
        var sb = StringBuilderCache.Acquire(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u0080' and <= '\u009F')
            {
                if (Cp1252.Printable(c) is { } printable)
                {
                    sb.Append(printable);
                }
            }
            else
            {
                sb.Append(c);
            }
        }
        return StringBuilderCache.GetStringAndRelease(sb);
    }

    private static bool HasHighByteChars(string text, out bool hasC1)
    {
        hasC1 = false;
        var any = false;
        foreach (var c in text)
        {
            if (c >= '\u0080' && Cp1252.IsHighByteChar(c))
            {
                any = true;
                if (c <= '\u009F')
                {
                    hasC1 = true;
                    return true;
                }
            }
        }
        return any;
    }
}
