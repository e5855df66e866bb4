using System.Globalization;
using System.Text;
using Coinwire.Common;

namespace Coinwire.Normalizing;

/// <summary>One mis-decoded UTF-8 sequence: <see cref="Length"/> characters at <see cref="Start"/> that stand for <see cref="Replacement"/>.</summary>
internal readonly record struct MojibakeCandidate(int Start, int Length, string Replacement, bool IsTwoByte, bool Strong)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds mis-decoded UTF-8 sequences and decides which to repair. A sequence is a lead character (bytes C2-F4)
/// followed by the right number of continuation characters (bytes 80-BF) that decode as strict UTF-8 to a plausible character.
/// Some sequences are unmistakable on their own (<c>â€™</c>, <c>Ã©</c>, <c>Â»</c>); others also occur in correct text
/// (<c>ACCIÓ”</c>, <c>Gruß“</c>) and are repaired only with corroborating evidence.
/// </summary>
internal static class MojibakeScanner
{
    // Punctuation that legitimately follows a word in correct text; a sequence made only of these after a lead is weak.
    private const string TrailingPunctuation = "…’”»“‘«–—•°·\u00A0";

    public static List<MojibakeCandidate> Accepted(string text)
    {
        var found = Find(text);
        if (found.Count == 0)
        {
            return found;
        }
        var strong = new bool[found.Count];
        var evidence = false;
        for (var k = 0; k < found.Count; k++)
        {
            // A run of two or more sequences (a mis-decoded Cyrillic or CJK word) never occurs in correct text.
            var touching = (k > 0 && found[k - 1].End == found[k].Start) || (k + 1 < found.Count && found[k + 1].Start == found[k].End);
            strong[k] = found[k].Strong || touching;
            evidence |= strong[k];
        }
        var accepted = new List<MojibakeCandidate>(found.Count);
        for (var k = 0; k < found.Count; k++)
        {
            var c = found[k];
            if (strong[k] || evidence || (c.IsTwoByte && InWordContext(text, c)))
            {
                accepted.Add(c);
            }
        }
        return accepted;
    }

    private static List<MojibakeCandidate> Find(string text)
    {
        var found = new List<MojibakeCandidate>();
        for (var i = 0; i < text.Length; i++)
        {
            var lead = text[i];
            if (lead is < '\u00C2' or > '\u00F4')
            {
                continue;
            }
            var candidate = lead < '\u00E0' ? TwoByte(text, i) : ThreeOrFourByte(text, i);
            if (candidate is { } c)
            {
                found.Add(c);
                i = c.End - 1;
            }
        }
        return found;
    }

    private static MojibakeCandidate? TwoByte(string text, int i)
    {
        if (i + 1 >= text.Length || !Cp1252.TryGetByte(text[i + 1], out var b1) || b1 is < 0x80 or > 0xBF)
        {
            return null;
        }
        var lead = text[i];
        var cp = ((lead & 0x1F) << 6) | (b1 & 0x3F);
        if (!PlausibleTwoByte(cp))
        {
            return null;
        }
        var strong = lead == 'Â' || (lead == 'Ã' && b1 >= 0xA0) || IsC1(text[i + 1]);
        return new MojibakeCandidate(i, 2, ((char)cp).ToString(), true, strong);
    }

    private static MojibakeCandidate? ThreeOrFourByte(string text, int i)
    {
        int lead = text[i];
        var need = lead < 0xF0 ? 2 : 3;
        if (i + need >= text.Length)
        {
            return LossyQuote(text, i);
        }
        var cp = lead & (need == 2 ? 0x0F : 0x07);
        var anyC1 = false;
        var punctuationOnly = true;
        for (var k = 1; k <= need; k++)
        {
            var ch = text[i + k];
            if (!Cp1252.TryGetByte(ch, out var b) || b is < 0x80 or > 0xBF)
            {
                return k == 2 ? LossyQuote(text, i) : null;
            }
            if (k == 1 && !ValidSecondByte(lead, b))
            {
                return null;
            }
            anyC1 |= IsC1(ch);
            punctuationOnly &= TrailingPunctuation.Contains(ch, StringComparison.Ordinal);
            cp = (cp << 6) | (b & 0x3F);
        }
        if (!PlausibleWide(cp))
        {
            return null;
        }
        var replacement = cp == 0xFEFF ? "" : char.ConvertFromUtf32(cp);
        return new MojibakeCandidate(i, need + 1, replacement, false, anyC1 || !punctuationOnly);
    }

    // "â€" whose third byte (0x9D in ”, undefined in cp1252) was dropped or replaced by U+FFFD.
    private static MojibakeCandidate? LossyQuote(string text, int i)
    {
        if (i + 1 >= text.Length || text[i] != 'â' || text[i + 1] != '€')
        {
            return null;
        }
        var length = i + 2 < text.Length && text[i + 2] == '\uFFFD' ? 3 : 2;
        return new MojibakeCandidate(i, length, "”", false, true);
    }

    private static bool ValidSecondByte(int lead, byte b) => lead switch
    {
        0xE0 => b >= 0xA0,
        0xED => b <= 0x9F,
        0xF0 => b >= 0x90,
        0xF4 => b <= 0x8F,
        _ => true,
    };

    private static bool PlausibleTwoByte(int cp) => cp switch
    {
        <= 0x9F => true, // C1 control: half of a Latin-1 double decoding, repaired by the next pass
        <= 0x17F => true, // Latin-1 supplement, Latin Extended-A
        0x192 or 0x2C6 or 0x2DC => true, // ƒ ˆ ˜ from Windows-1252
        >= 0x218 and <= 0x21B => true, // Romanian ș ț
        >= 0x370 and <= 0x3FF => true, // Greek
        >= 0x400 and <= 0x52F => cp is < 0x483 or > 0x489, // Cyrillic without combining marks
        >= 0x531 and <= 0x58F => true, // Armenian
        >= 0x5D0 and <= 0x5F4 => true, // Hebrew letters
        >= 0x600 and <= 0x6FF => true, // Arabic, Persian, Urdu
        _ => false,
    };

    private static bool PlausibleWide(int cp)
    {
        if (cp is >= 0xA000 and <= 0xA4CF or >= 0xFDD0 and <= 0xFDEF)
        {
            return false; // Yi and noncharacters: what correct text like "tête…”" would decode to
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category is not (UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
            or UnicodeCategory.Surrogate or UnicodeCategory.Control);
    }

    private static bool IsC1(char c) => c is >= '\u0080' and <= '\u009F';

    // A lowercase letter directly before an uppercase lead ("byÅ‚"), or a letter right after the sequence ("Ãœber").
    private static bool InWordContext(string text, MojibakeCandidate c)
    {
        var before = c.Start > 0 && char.IsLower(text[c.Start - 1]) && char.IsUpper(text[c.Start]);
        var after = c.End < text.Length && char.IsLetter(text[c.End]);
        return before || after;
    }

    /// <summary>Applies <paramref name="accepted"/> (in text order, not overlapping) to <paramref name="text"/>.</summary>
    public static string Apply(string text, List<MojibakeCandidate> accepted)
    {
        var sb = StringBuilderCache.Acquire(text.Length);
        var pos = 0;
        foreach (var c in accepted)
        {
            sb.Append(text, pos, c.Start - pos).Append(c.Replacement);
            pos = c.End;
        }
        return StringBuilderCache.GetStringAndRelease(sb.Append(text, pos, text.Length - pos));
    }
}
