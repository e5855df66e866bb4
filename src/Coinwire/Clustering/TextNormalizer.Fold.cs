using System.Globalization;
using System.Text;

namespace Coinwire.Clustering;

// Boilerplate removal and case and diacritics folding: the first steps of Tokens.
public static partial class TextNormalizer
{
    /// <summary>Removes outlet prefixes and suffixes ("Breaking:", "Just In:", "(Report)", "| CoinDesk", "— ZyCrypto Analysis").</summary>
    public static string StripBoilerplate(string text)
    {
        var result = text.Trim();
        for (var pass = 0; pass < 2; pass++)
        {
            result = PrefixPattern().Replace(result, string.Empty);
            // The suffix patterns scan the whole text for a match that ends it: skip them when its end cannot match.
            if (MayEndWith(result, SuffixEnds))
            {
                result = SuffixPattern().Replace(result, string.Empty);
            }
            if (MayEndWith(result, OutletSuffixEnds))
            {
                result = OutletSuffixPattern().Replace(result, string.Empty);
            }
        }
        return result;
    }

    /// <summary>Lower-case with diacritics removed and compatibility forms unified ("Café" → "cafe", "ﬁ" → "fi").</summary>
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }
        Span<char> lower = stackalloc char[AsciiChunk];
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsAscii(text[i]))
            {
                var ascii = i;
                while (i < text.Length && i - ascii < AsciiChunk && char.IsAscii(text[i]))
                {
                    i++;
                }
                var written = text.AsSpan(ascii, i - ascii).ToLowerInvariant(lower);
                builder.Append(lower[..written]);
                continue;
            }
            // Only runs of non-ASCII text need decomposing: ASCII characters are starters that no decomposition or
            // canonical reordering crosses, so this equals decomposing the whole text.
            var start = i;
            while (i < text.Length && !char.IsAscii(text[i]))
            {
                i++;
            }
            foreach (var c in WithoutLoneSurrogates(text[start..i]).Normalize(NormalizationForm.FormKD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }
        }
        return builder.ToString();
    }

    // Unicode normalization throws on a lone surrogate (a JSON feed's "\ud800" escape can carry one); U+FFFD instead.
    private static string WithoutLoneSurrogates(string run)
    {
        if (!run.AsSpan().ContainsAnyInRange('\ud800', '\udfff'))
        {
            return run;
        }
        var chars = run.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\ufffd';
            }
        }
        return new string(chars);
    }

    /// <summary>
    /// False only when <paramref name="text"/>'s last non-space character is ASCII and not among
    /// <paramref name="lastLetters"/> (lower-case), so a pattern for those endings cannot match at its end.
    /// </summary>
    private static bool MayEndWith(string text, string lastLetters)
    {
        var end = text.Length - 1;
        while (end >= 0 && char.IsWhiteSpace(text[end]))
        {
            end--;
        }
        if (end < 0)
        {
            return false;
        }
        var last = text[end];
        return last is < ' ' or > '~' || lastLetters.Contains(char.ToLowerInvariant(last), StringComparison.Ordinal);
    }

    private const int AsciiChunk = 256;

    // Last letters of the endings SuffixPattern and OutletSuffixPattern match ("(report)", "sources", "coindesk", …).
    private const string SuffixEnds = ")tse";
    private const string OutletSuffixEnds = "khostmcegyun";
}
