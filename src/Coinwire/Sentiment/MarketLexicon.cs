namespace Coinwire.Sentiment;

/// <summary>
/// Market and crypto news words written for Coinwire (no third-party list), on VADER's −4…+4 scale.
/// General-purpose lexicons miss them (<c>plunge</c>, <c>liquidations</c>, <c>exploit</c>) or read them
/// neutrally, yet in a headline they decide the polarity.
/// </summary>
public static class MarketLexicon
{
    private static readonly (string Words, float Valence)[] Groups =
    [
        ("hack hacked hacks hacker hackers exploit exploited exploits exploiter drained drains rugpull rugged phishing", -3f),
        ("stolen theft heist scam scams scammer fraud fraudulent ponzi bankrupt bankruptcy insolvent insolvency", -3f),
        ("collapse collapses collapsed crash crashes crashed plunge plunges plunged plummet plummets plummeted", -3f),
        ("liquidation liquidations liquidated depeg depegs depegged delist delists delisted delisting outage outages", -2.5f),
        ("breach breached vulnerability attack attacked attacker attackers lawsuit lawsuits sues sued indicted charged", -2f),
        ("slump slumps slumped tumble tumbles tumbled dump dumps dumped selloff bearish sinks sank sink tanks tanked", -2.5f),
        ("falls fell fall drop drops dropped dip dips dipped decline declines declined slides slid slide lose loses", -1.5f),
        ("loss losses lost down lower lowest weak weaker weakens slowdown halt halts halted suspends suspended freeze froze frozen", -1.5f),
        ("ban bans banned crackdown probe probes investigation subpoena penalty fined warns warning downgrade downgrades downgraded", -1.5f),
        ("outflows layoffs cuts cut shutdown shuts bleed bleeding concerns fears fear risk risks volatility sell", -1f),
        ("rally rallies rallied surge surges surged soar soars soared skyrocket skyrockets spike spikes spiked moon", 2.5f),
        ("jump jumps jumped gain gains gained climb climbs climbed rise rises rose rising up higher highest record", 1.5f),
        ("bullish breakout rebound rebounds rebounded recover recovers recovered recovery upgrade upgrades upgraded", 2f),
        ("approve approves approved approval greenlight greenlights wins won win launch launches launched partnership", 1.5f),
        ("partners integrates integration adoption adopts adopt listing lists listed raises raised funding invests invested", 1.5f),
        ("profit profits profitable beats outperform outperforms boost boosts boosted growth grows grew expands expansion inflows", 2f),
        ("victory victories triumph greenlit", 2f),
        ("\U0001F680 \U0001F4C8 \U0001F402 \U0001F7E2 \U0001F4B0 \U0001F4AA", 2f),
        ("\U0001F4C9 \U0001F43B \U0001F534 \U0001F480 \U0001F62D \U0001F6A8", -2f),
        ("mainnet milestone legal tender acquires acquisition backs backed support supports accumulate accumulates buys", 1f),
    ];

    private static readonly (string Phrase, float Valence)[] Phrases =
    [
        ("all time", 2f), ("time high", 2.5f), ("record high", 2.5f), ("etf approval", 3f), ("etf approved", 3f),
        ("price target", 0.5f), ("short squeeze", 1.5f), ("bear market", -2f), ("bull market", 2f), ("rug pull", -3f),
        ("flash crash", -3f), ("sell off", -2.5f), ("cut to", -1.5f), ("raised to", 1.5f), ("beats estimates", 2.5f),
        ("misses estimates", -2.5f), ("price cut", -1f), ("new low", -2f), ("new high", 2f), ("net loss", -2f),
        ("breaking out", 2f), ("breaks out", 2f), ("broke out", 2f), ("breaks down", -2f), ("broke down", -2f),
    ];

    /// <summary>The market lexicon as entries for <see cref="ValenceLexicon"/>.</summary>
    public static IEnumerable<KeyValuePair<string, float>> Entries()
    {
        foreach (var (words, valence) in Groups)
        {
            foreach (var word in words.Split(' '))
            {
                yield return KeyValuePair.Create(word, valence);
            }
        }
        foreach (var (phrase, valence) in Phrases)
        {
            yield return KeyValuePair.Create(phrase, valence);
        }
    }

    /// <summary>The market lexicon, built once.</summary>
    public static ValenceLexicon Instance { get; } = new(Entries());
}
