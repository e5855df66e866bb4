using System.Text.RegularExpressions;
using Coinwire.Normalizing;

namespace Coinwire.Rewriting;

/// <summary>Splits plain news text into sentences and drops feed boilerplate ("The post … appeared first on …").</summary>
public static partial class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "llc", "vs", "etc", "no", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "est",
        "u.s", "u.k", "e.g", "i.e", "a.m", "p.m",
    };

    /// <summary>
    /// The sentences of <paramref name="text"/>, whitespace collapsed, in order. Line breaks are hard boundaries (a
    /// heading line stays apart from the paragraph under it), and a quotation running over several sentences stays one.
    /// </summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var result = new List<string>();
        foreach (var line in (text ?? string.Empty).Split('\n'))
        {
            SplitLine(line, result);
        }
        return MergeQuotes(result);
    }

    private static List<string> MergeQuotes(List<string> sentences)
    {
        var merged = new List<string>();
        var open = false;
        foreach (var s in sentences)
        {
            if (open)
            {
                merged[^1] += " " + s;
            }
            else
            {
                merged.Add(s);
            }
            var opens = s.Count(c => c == '“');
            var closes = s.Count(c => c == '”');
            open = opens != closes ? opens > closes : open;
        }
        return merged;
    }

    private static void SplitLine(string text, List<string> result)
    {
        var clean = TextCleanup.CollapseWhitespace(text);
        var start = 0;
        foreach (Match m in Boundary().Matches(clean))
        {
            var end = m.Index;
            if (IsAbbreviation(clean, start, end))
            {
                continue;
            }
            Add(result, clean[start..end]);
            start = m.Index + m.Length;
        }
        Add(result, clean[start..]);
    }

    /// <summary>Whether <paramref name="sentence"/> is feed boilerplate or a fragment not worth republishing.</summary>
    public static bool IsBoilerplate(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words < 5 || words > 70 || Boilerplate().IsMatch(sentence) || sentence.EndsWith("[…]", StringComparison.Ordinal)
            || sentence.EndsWith("[...]", StringComparison.Ordinal) || sentence.EndsWith("...", StringComparison.Ordinal)
            || sentence.EndsWith('…') || (!char.IsLetterOrDigit(sentence[0]) && sentence[0] is not ('"' or '“' or '‘' or '\''))
            || !EndsLikeSentence(sentence);
    }

    /// <summary>A comparison key: lower-case letters and digits only, so near-identical sentences from two sources meet.</summary>
    public static string Key(string sentence) =>
        string.Concat(sentence.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static bool EndsLikeSentence(string s)
    {
        var last = s.TrimEnd('"', '”', '’', '\'', ')');
        return last.Length > 0 && last[^1] is '.' or '!' or '?';
    }

    private static void Add(List<string> result, string sentence)
    {
        sentence = sentence.Trim();
        if (sentence.Length > 0)
        {
            result.Add(sentence);
        }
    }

    // "Mr. Smith", "Feb. 4", "U.S. regulators", "J. Powell": a period after these does not end a sentence.
    private static bool IsAbbreviation(string text, int start, int end)
    {
        var wordStart = text.LastIndexOf(' ', end - 1, end - start) + 1;
        var raw = text[wordStart..end];
        if (!raw.EndsWith('.'))
        {
            return false;
        }
        var word = raw[..^1].TrimStart('(', '"', '“');
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    [GeneratedRegex(@"(?<=[.!?][""”’')]?)\s+(?=[""“‘'(]?[A-Z0-9])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"appeared first on|^read more|^(?:do you|what do you think|let us know|tell us|share your)\b|continue reading|click here|subscribe to|sign up for|all rights reserved|this article (was|is) (originally )?published|disclaimer:|not (financial|investment) advice|https?://|www\.|@\w+\.\w+", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();
}
