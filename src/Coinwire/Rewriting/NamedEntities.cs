using System.Text.RegularExpressions;

namespace Coinwire.Rewriting;

/// <summary>
/// Finds capitalized names in written text ("BlackRock", "Michael Saylor", "Securities and Exchange Commission" reads as
/// "Securities" and "Exchange Commission"): runs of capitalized words, with sentence-initial common words, calendar
/// words, section words and generic acronyms left out.
/// </summary>
public static partial class NamedEntities
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "du", "van", "von", "der", "la", "&" };

    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "ETF", "ETFs", "U.S", "U.K", "CEO", "CFO", "CTO", "COO", "US", "U.S.", "USA", "UK", "EU", "AI", "API", "NFT", "NFTs", "DeFi",
        "DAO", "DAOs", "DEX", "DEXs", "CEX", "KYC", "AML", "OTC", "ATH", "TVL", "GDP", "CPI", "IPO", "P2P", "Web3", "OK",
        "Overview", "What", "Happened", "From", "Author", "Impact", "Crypto", "Cryptocurrency", "Blockchain", "Market",
        "Spot", "Layer", "Mainnet", "Testnet", "Stablecoin", "Stablecoins", "Altcoin", "Altcoins", "Token", "Tokens",
    };

    private static readonly HashSet<string> SentenceStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "in", "on", "at", "for", "but", "and", "or", "as",
        "while", "with", "after", "before", "according", "however", "meanwhile", "still", "yet", "so", "if", "when",
        "although", "though", "despite", "since", "because", "by", "to", "from", "of", "over", "under", "such", "some",
        "many", "most", "more", "less", "other", "another", "any", "all", "both", "each", "every", "their", "his", "her",
        "our", "we", "they", "he", "she", "you", "there", "here", "then", "now", "also", "overall", "further", "instead",
        "investors", "traders", "analysts", "market", "markets", "prices", "price", "data", "reports", "experts",
    };

    /// <summary>The names in <paramref name="text"/>, as written (possessive <c>'s</c> dropped), in order.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        var result = new List<string>();
        foreach (var sentence in Sentences.Split(text))
        {
            var words = Word().Matches(sentence).Select(m => (Text: Strip(m.Value), m.Index, m.Length)).ToList();
            var run = new List<string>();
            var runStartsSentence = false;
            for (var i = 0; i <= words.Count; i++)
            {
                var word = i < words.Count ? words[i] : default;
                var contiguous = i > 0 && i < words.Count && IsGap(sentence, words[i - 1].Index + words[i - 1].Length, word.Index);
                var capital = i < words.Count && IsCapitalized(word.Text);
                var connector = i < words.Count && run.Count > 0 && Connectors.Contains(word.Text) && contiguous;
                if ((capital || connector) && (run.Count == 0 || contiguous))
                {
                    if (run.Count == 0)
                    {
                        runStartsSentence = i == 0;
                    }
                    run.Add(word.Text);
                    continue;
                }
                Flush(run, runStartsSentence, result);
                run.Clear();
                if (capital)
                {
                    runStartsSentence = i == 0;
                    run.Add(word.Text);
                }
            }
        }
        return result;
    }

    /// <summary>Whether a word is generic (a month, a section word, a common acronym) and never a name on its own.</summary>
    public static bool IsGeneric(string word) => Generic.Contains(word) || DateMentions.IsCalendarWord(word);

    /// <summary>Whether a capitalized word at the start of a sentence is most likely a common word ("The", "Analysts").</summary>
    internal static bool IsCommonStarter(string word) => SentenceStarters.Contains(word);

    private static void Flush(List<string> run, bool startsSentence, List<string> result)
    {
        while (run.Count > 0 && Connectors.Contains(run[^1]))
        {
            run.RemoveAt(run.Count - 1);
        }
        if (run.Count > 0 && startsSentence && SentenceStarters.Contains(run[0]))
        {
            run.RemoveAt(0);
            startsSentence = false;
        }
        if (run.Count == 0 || (run.Count == 1 && startsSentence) || run.All(w => IsGeneric(w) || Connectors.Contains(w)))
        {
            return;
        }
        result.Add(string.Join(' ', run));
    }

    private static bool IsGap(string sentence, int from, int to) => to - from == 1 && sentence[from] == ' ';

    private static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static string Strip(string word)
    {
        foreach (var suffix in new[] { "'s", "’s", "'", "’" })
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length > suffix.Length)
            {
                return word[..^suffix.Length];
            }
        }
        return word;
    }

    [GeneratedRegex(@"[\p{L}&][\p{L}\p{N}&'’.-]*(?<![.-])")]
    private static partial Regex Word();
}
