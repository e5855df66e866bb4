using System.Text.RegularExpressions;

namespace Coinwire.Sentiment;

/// <summary>
/// Splits a text into the clauses that concern each coin, so "Bitcoin rallies while Ethereum plunges after exploit"
/// gives Bitcoin "Bitcoin rallies" and Ethereum "Ethereum plunges after exploit".
/// </summary>
public static partial class CoinClauses
{
    /// <summary>
    /// For each coin, the clauses that mention it (by ticker, <c>$TICKER</c> or an alias) joined by spaces; clauses that
    /// name no coin belong to the coins of the clause before them. Coins never mentioned are absent from the result.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Split(string text, IReadOnlyList<(string Ticker, IReadOnlyList<string> Aliases)> coins)
    {
        var matchers = coins.Select(c => (c.Ticker, Regex: Matcher(c.Ticker, c.Aliases))).ToList();
        var segments = new List<(string Text, HashSet<string> Coins)>();
        foreach (Match sentence in SentenceRegex().Matches(text))
        {
            var s = sentence.Value.Trim();
            var named = matchers.Where(m => m.Regex.IsMatch(s)).Select(m => m.Ticker).ToHashSet();
            var parts = named.Count > 1 ? SplitClauses(s, matchers.Select(m => m.Regex)) : [s];
            foreach (var part in parts)
            {
                segments.Add((part, matchers.Where(m => m.Regex.IsMatch(part)).Select(m => m.Ticker).ToHashSet()));
            }
        }
        var byCoin = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        HashSet<string> previous = [];
        foreach (var (segment, named) in segments)
        {
            var owners = named.Count > 0 ? named : previous;
            foreach (var ticker in owners)
            {
                if (!byCoin.TryGetValue(ticker, out var list))
                {
                    byCoin[ticker] = list = [];
                }
                list.Add(segment);
            }
            previous = owners;
        }
        return byCoin.ToDictionary(kv => kv.Key, kv => string.Join(' ', kv.Value), StringComparer.Ordinal);
    }

    // Splits at contrast words and clause punctuation, then glues a clause that is only coin names
    // ("Bitcoin, Ether rally") to the next one so it keeps its verb.
    private static List<string> SplitClauses(string sentence, IEnumerable<Regex> coinMatchers)
    {
        var raw = ClauseRegex().Split(sentence).Select(p => p.Trim(' ', ',', ';', '-', '–', '—')).Where(p => p.Length > 0).ToList();
        var merged = new List<string>();
        var carry = "";
        foreach (var part in raw)
        {
            var joined = carry.Length > 0 ? carry + ", " + part : part;
            if (!coinMatchers.Aggregate(part, (rest, m) => m.Replace(rest, " ")).Any(char.IsLetter))
            {
                carry = joined;
                continue;
            }
            merged.Add(joined);
            carry = "";
        }
        if (carry.Length > 0)
        {
            if (merged.Count > 0)
            {
                merged[^1] += ", " + carry;
            }
            else
            {
                merged.Add(carry);
            }
        }
        return merged;
    }

    private static Regex Matcher(string ticker, IReadOnlyList<string> aliases)
    {
        // Tickers match case-sensitively (ONE, GAS and LINK are also words); names match in any case.
        var names = aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => "(?i:" + Regex.Escape(a.Trim()) + ")");
        var alternatives = names.Prepend(Regex.Escape(ticker)).Prepend(@"\$(?i:" + Regex.Escape(ticker) + ")");
        return new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"[^.!?\n]+(?:[.!?]+(?=\s|$)|$)|[^\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceRegex();

    [GeneratedRegex(@"[;,]?\s+(?:but|while|whereas|although|though|yet|however|as|meanwhile|and)\s+|[;,]\s+|\s+[-–—]\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseRegex();
}
