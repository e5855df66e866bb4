using System.Text;

namespace Coinwire.Sentiment;

/// <summary>
/// Tokenization shared by the trained model and the lexicon baselines: lower case, digits folded to <c>0</c>,
/// cashtags folded to one token, and words in a negation's scope marked with <c>not_</c>.
/// </summary>
public static class SentimentText
{
    /// <summary>How many tokens after a negation cue are marked as negated.</summary>
    public const int NegationScope = 3;

    /// <summary>Prefix of a token inside a negation's scope.</summary>
    public const string NegatedPrefix = "not_";

    private static readonly HashSet<string> NegationCues = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "cant", "dont",
        "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "shouldnt", "couldnt", "hasnt",
        "havent", "hadnt", "aint", "lack", "lacks", "lacking", "fail", "fails", "failed", "unable", "rejects",
    };

    /// <summary>Tokens of <paramref name="text"/>; punctuation that ends a clause is kept as its own token.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var sb = new StringBuilder();
        void Flush()
        {
            if (sb.Length > 0)
            {
                tokens.Add(sb.ToString());
                sb.Clear();
            }
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsDigit(c))
            {
                // "$15 billion" and "$16 billion" should share features; magnitude rarely carries polarity.
                if (sb.Length == 0 || sb[^1] != '0')
                {
                    sb.Append('0');
                }
            }
            else if (char.GetUnicodeCategory(text, i) == System.Globalization.UnicodeCategory.OtherSymbol)
            {
                // Emoji such as 🚀 and 📉 carry the polarity of many market tweets.
                Flush();
                var width = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                tokens.Add(text.Substring(i, width));
                i += width - 1;
            }
            else if (c == '$' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                Flush();
                sb.Append('$');
            }
            else if ((c == '\'' || c == '’' || c == '-') && sb.Length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                // Contractions (don't → dont) and hyphenated words (sell-off → selloff) stay one token.
                continue;
            }
            else if ((c == '.' || c == ',') && sb.Length > 0 && sb[^1] == '0' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                continue;
            }
            else
            {
                Flush();
                if (c is '.' or ',' or ';' or ':' or '!' or '?' or '%' or '+')
                {
                    tokens.Add(c.ToString());
                }
            }
        }
        Flush();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Length > 1 && tokens[i][0] == '$' && char.IsLetter(tokens[i][1]))
            {
                tokens[i] = "$tkr";
            }
        }
        return tokens;
    }

    /// <summary>True for a clause boundary token, which ends a negation's scope.</summary>
    public static bool IsBoundary(string token) => token is "." or "," or ";" or ":" or "!" or "?" or "but" or "while" or "however";

    /// <summary>True for a negation cue such as <c>not</c>, <c>never</c>, <c>without</c>, <c>fails</c>.</summary>
    public static bool IsNegation(string token) => NegationCues.Contains(token);

    /// <summary>
    /// Marks tokens inside a negation's scope: <c>[no, major, losses]</c> → <c>[no, not_major, not_losses]</c>.
    /// </summary>
    /// <returns>The number of negation cues found.</returns>
    public static int MarkNegation(List<string> tokens)
    {
        var cues = 0;
        var scope = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (IsBoundary(t))
            {
                scope = 0;
            }
            else if (IsNegation(t))
            {
                cues++;
                scope = NegationScope;
            }
            else if (scope > 0)
            {
                tokens[i] = NegatedPrefix + t;
                scope--;
            }
        }
        return cues;
    }

    /// <summary>The model's view of a text: tokens with negation marks, joined by single spaces.</summary>
    public static string Normalize(string text)
    {
        var tokens = Tokenize(text);
        MarkNegation(tokens);
        return string.Join(' ', tokens);
    }
}
