namespace Coinwire.Sentiment;

/// <summary>
/// Polarity composition: a movement word applied to a quantity. "Profit rose" and "net loss narrowed" are good news,
/// "sales fell" and "costs jumped" bad, although a plain word lexicon scores "loss narrowed" as doubly negative.
/// </summary>
internal static class DirectionCues
{
    private const int Window = 4;

    private static readonly HashSet<string> Desirable = Set(
        "profit profits sales revenue revenues earnings income ebit ebitda margin margins dividend dividends orders demand output " +
        "production growth price prices valuation volume volumes shares stock stocks market cash value tvl users hashrate inflows " +
        "deliveries eps result results capacity turnover guidance outlook forecast rating target");

    private static readonly HashSet<string> Undesirable = Set(
        "loss losses cost costs debt debts deficit expenses layoffs unemployment outflows inflation liabilities impairment writedowns " +
        "charges fees fee headcount risk risks volatility supply");

    private static readonly HashSet<string> Up = Set(
        "rose rise rises rising increased increase increases increasing grew grow grows growing up higher jumped jumps jump improved " +
        "improve improves climbed climbs surged surges gained gains doubled tripled expanded expands widened boosted boosts raised raises");

    private static readonly HashSet<string> Down = Set(
        "fell fall falls falling decreased decrease decreases declined decline declines dropped drops drop down lower narrowed " +
        "narrows shrank shrinks reduced reduces reduce cut cuts slumped slumps plunged plunges halved contracted lowered lowers");

    /// <summary>Counts of good-news and bad-news movement/quantity pairs in negation-marked tokens.</summary>
    public static (int Good, int Bad) Count(IReadOnlyList<string> tokens)
    {
        int good = 0, bad = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (word, negated) = Strip(tokens[i]);
            var direction = Up.Contains(word) ? 1 : Down.Contains(word) ? -1 : 0;
            if (direction == 0)
            {
                continue;
            }
            var quantity = NearestQuantity(tokens, i);
            if (quantity == 0)
            {
                continue;
            }
            var polarity = direction * quantity * (negated ? -1 : 1);
            good += polarity > 0 ? 1 : 0;
            bad += polarity < 0 ? 1 : 0;
        }
        return (good, bad);
    }

    // +1 for a desirable quantity, −1 for an undesirable one, 0 for none; searched outward within the clause.
    private static int NearestQuantity(IReadOnlyList<string> tokens, int at)
    {
        bool leftOpen = true, rightOpen = true;
        for (var d = 1; d <= Window; d++)
        {
            foreach (var j in new[] { at - d, at + d })
            {
                var open = j < at ? leftOpen : rightOpen;
                if (!open || j < 0 || j >= tokens.Count)
                {
                    continue;
                }
                if (SentimentText.IsBoundary(tokens[j]))
                {
                    (leftOpen, rightOpen) = j < at ? (false, rightOpen) : (leftOpen, false);
                    continue;
                }
                var w = Strip(tokens[j]).Word;
                if (Desirable.Contains(w))
                {
                    return 1;
                }
                if (Undesirable.Contains(w))
                {
                    return -1;
                }
            }
        }
        return 0;
    }

    private static (string Word, bool Negated) Strip(string token) =>
        token.StartsWith(SentimentText.NegatedPrefix, StringComparison.Ordinal) ? (token[SentimentText.NegatedPrefix.Length..], true) : (token, false);

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
