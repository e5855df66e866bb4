namespace Coinwire.Scoring;

/// <summary>Applies configured <see cref="PinRule"/>s to a scored story.</summary>
public static class PinRules
{
    /// <summary>
    /// The pin the rules give a story: of the matching rules whose pin has not ended at <paramref name="now"/>, the
    /// highest sticky weight (then the latest end). A pin ends <see cref="PinRule.Duration"/> after
    /// <paramref name="publishedAt"/>, so re-evaluating never extends it. No rules or no match gives
    /// <see cref="PinDecision.None"/>. An editor's manual pin is the caller's to keep: rules only propose.
    /// </summary>
    public static PinDecision Evaluate(
        this IEnumerable<PinRule> rules, int score, string? category, IReadOnlyList<string> coins, DateTimeOffset now, DateTimeOffset publishedAt)
    {
        var best = PinDecision.None;
        foreach (var rule in rules)
        {
            if (score < rule.MinScore || rule.StickyWeight <= 0 || !Matches(rule, category, coins))
            {
                continue;
            }
            var until = publishedAt > DateTimeOffset.MaxValue - rule.Duration ? DateTimeOffset.MaxValue : publishedAt + rule.Duration;
            if (until <= now)
            {
                continue;
            }
            if (rule.StickyWeight > best.StickyWeight || (rule.StickyWeight == best.StickyWeight && until > best.PinnedUntil))
            {
                best = new PinDecision(rule.StickyWeight, until);
            }
        }
        return best;
    }

    private static bool Matches(PinRule rule, string? category, IReadOnlyList<string> coins)
    {
        if (rule.Categories.Count > 0 && (category is null || !rule.Categories.Contains(category, StringComparer.OrdinalIgnoreCase)))
        {
            return false;
        }
        return rule.Coins.Count == 0 || coins.Any(c => rule.Coins.Contains(c, StringComparer.OrdinalIgnoreCase));
    }
}
