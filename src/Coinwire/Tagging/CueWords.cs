namespace Coinwire.Tagging;

/// <summary>Words next to an ambiguous name or ticker ("LINK price", "buy DOT") that say it is the coin.</summary>
internal static class CueWords
{
    /// <summary>After an ambiguous ticker or name: market words that only a coin takes.</summary>
    public static readonly HashSet<string> After = new(StringComparer.Ordinal)
    {
        "token", "tokens", "coin", "coins", "price", "prices", "holders", "whales", "staking", "stakers", "airdrop", "etf",
        "etfs", "futures", "rally", "rallies", "rallied", "surges", "surged", "soars", "soared", "jumps", "jumped", "spikes",
        "gains", "climbs", "dips", "drops", "falls", "slides", "plunges", "tumbles", "crashes", "pumps", "dumps", "skyrockets",
        "breakout", "bulls", "bears", "chart", "analysis", "prediction", "forecast", "outlook", "burn", "supply", "unlock",
        "outperforms", "accelerates", "rebounds", "bounces", "stablecoin",
    };

    /// <summary>After an ambiguous name only: words that make a capitalized word a project ("Harmony Protocol", "Curve exploit").</summary>
    public static readonly HashSet<string> AfterName = new(StringComparer.Ordinal)
    {
        "network", "protocol", "blockchain", "mainnet", "testnet", "ecosystem", "foundation", "labs", "developers", "devs",
        "validators", "nodes", "upgrade", "hard", "fork", "dao", "treasury", "governance", "exploit", "exploited", "exploiter",
        "hack", "hacked", "hacker", "hackers", "attack", "v2", "v3", "chain", "finance", "community", "bridge",
    };

    /// <summary>Before an ambiguous ticker or name.</summary>
    public static readonly HashSet<string> Before = new(StringComparer.Ordinal)
    {
        "buy", "buying", "sell", "selling", "accumulate", "accumulates", "accumulating", "hodl", "stake", "staked",
        "native", "long", "short", "shorts", "longs", "million", "billion", "trillion", "m", "b", "k",
    };
}
