using Coinwire.Articles;
using Coinwire.Tagging;

namespace Coinwire.Rewriting;

/// <summary>
/// Fixed sentences of the extractive rewriter's "From author" and "Impact" sections. They hold no numbers and no
/// names other than the story's coins, so they can never state a fact the sources do not.
/// </summary>
internal static class ExtractiveTemplates
{
    private static readonly Dictionary<string, string> TopicViews = new(StringComparer.Ordinal)
    {
        [Topics.Market] = "In our view, broad market moves like this say more about overall risk appetite than about any single project.",
        [Topics.Regulation] = "In our view, regulatory news matters most once it turns into concrete rules, so the practical effect may take time to show.",
        [Topics.DeFi] = "In our view, the episode is another test of how decentralized finance protocols hold up when conditions change.",
        [Topics.Nft] = "In our view, the NFT segment remains a niche whose swings rarely carry over to the wider market.",
        [Topics.Stablecoins] = "In our view, stablecoin developments deserve attention because so much of the market's trading runs through them.",
        [Topics.Mining] = "In our view, mining developments are worth following for what they say about the economics behind network security.",
        [Topics.Security] = "In our view, incidents like this are a reminder that custody and security practices remain the sector's weak spot.",
        [Topics.Business] = "In our view, corporate moves like this show how companies are positioning themselves for the next phase of the sector.",
        [Topics.Technology] = "In our view, technical changes tend to matter over longer horizons, as adoption rather than headlines decides their effect.",
    };

    private static readonly Dictionary<string, string> TopicImpacts = new(StringComparer.Ordinal)
    {
        [Topics.Market] = "Broad market moves tend to lift correlation across large and small tokens alike.",
        [Topics.Regulation] = "Regulatory developments can change how exchanges, issuers and investors approach the assets involved.",
        [Topics.DeFi] = "Decentralized finance protocols involved may see shifts in deposits and trading activity as users react.",
        [Topics.Nft] = "Activity in the NFT segment may respond first, with little direct effect on the wider market.",
        [Topics.Stablecoins] = "Stablecoin news matters for market liquidity, since these tokens carry much of the trading on exchanges.",
        [Topics.Mining] = "Mining news can affect miner revenues and the selling pressure that miners put on the market.",
        [Topics.Security] = "Security incidents usually bring closer scrutiny of the platforms involved and prompt users to review where they hold funds.",
        [Topics.Business] = "Corporate moves like this show where companies see demand, with limited immediate effect on prices.",
        [Topics.Technology] = "Technical changes tend to affect prices slowly, as usage rather than announcements decides their value.",
    };

    private static readonly (string Keyword, string Bullet)[] EventImpacts =
    [
        ("etf", "ETF news is widely read as a gauge of institutional demand for the assets involved."),
        ("listing", "Exchange listings and delistings often bring short bursts of trading volume and volatility."),
        ("liquidat", "Liquidations can amplify price swings in both directions while leverage in the market stays high."),
        ("whale", "Large holder movements are often watched as a hint of coming supply or demand."),
        ("halving", "Supply changes such as a halving are usually priced in gradually rather than on the day."),
        ("lawsuit", "Legal disputes can weigh on the assets and companies involved until they are resolved."),
    ];

    /// <summary>One paragraph of the writer's view, built from the topic, the coins and the sentiment.</summary>
    public static string AuthorView(RewriteInput input)
    {
        var parts = new List<string>();
        var topic = input.Topics.FirstOrDefault(TopicViews.ContainsKey);
        parts.Add(topic is null
            ? "In our view, the reports describe a development that is still unfolding, and the details above are the ones the sources confirm so far."
            : TopicViews[topic]);
        if (input.Coins.Count > 0)
        {
            parts.Add($"For {NameList(input.Coins)}, the story is one more input for holders and traders to weigh rather than a signal on its own.");
        }
        parts.Add(input.Sentiment switch
        {
            ArticleSentiment.Negative => "The tone of the coverage is cautious, so it seems sensible to wait for follow-up reporting before drawing firm conclusions.",
            ArticleSentiment.Positive => "The coverage reads as constructive, though a single report rarely changes the longer-term picture by itself.",
            _ => "The coverage is largely factual, which leaves the longer-term significance open for now.",
        });
        return string.Join(' ', parts);
    }

    /// <summary>Three to six impact bullets from the coins, sentiment, topics and event words of the story.</summary>
    public static IReadOnlyList<string> Impact(RewriteInput input, string storyText)
    {
        var bullets = new List<string>();
        if (input.Coins.Count > 0)
        {
            var c = input.Coins[0];
            bullets.Add(input.Sentiment switch
            {
                ArticleSentiment.Positive => $"Positive news flow around {c.Name} ({c.Ticker}) could support short-term sentiment toward the coin.",
                ArticleSentiment.Negative => $"Negative headlines around {c.Name} ({c.Ticker}) could weigh on short-term sentiment toward the coin.",
                _ => $"{c.Name} ({c.Ticker}) is the coin most directly concerned, though the report alone does not set a clear price direction.",
            });
            if (input.Coins.Count > 1)
            {
                bullets.Add($"Traders may also watch {NameList(input.Coins.Skip(1))} for knock-on moves.");
            }
        }
        bullets.AddRange(input.Topics.Where(TopicImpacts.ContainsKey).Take(2).Select(t => TopicImpacts[t]));
        var lower = storyText.ToLowerInvariant();
        bullets.AddRange(EventImpacts.Where(e => lower.Contains(e.Keyword, StringComparison.Ordinal)).Take(2).Select(e => e.Bullet));
        bullets.Add(input.Sentiment switch
        {
            ArticleSentiment.Negative => "Risk appetite may stay subdued until the situation becomes clearer.",
            ArticleSentiment.Positive => "Improving sentiment could draw renewed interest from investors who have been waiting on the sidelines.",
            _ => "As with any single report, the lasting market effect depends on confirmation and follow-up coverage.",
        });
        return bullets.Distinct(StringComparer.Ordinal).Take(6).ToList();
    }

    private static string NameList(IEnumerable<RewriteCoin> coins)
    {
        var names = coins.Take(3).Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
    }
}
