namespace Coinwire.Tagging;

/// <summary>Words next to an ambiguous name or ticker ("LINK price", "buy DOT") that say it is the coin.</summary>
internal static class CueWords
{
    public static readonly HashSet<string> After = new(StringComparer.Ordinal)
    {
        "token", "tokens", "coin", "coins", "price", "prices", "network", "protocol", "blockchain", "mainnet", "testnet",
        "ecosystem", "foundation", "holders", "whales", "staking", "stakers", "airdrop", "etf", "etfs", "futures",
        "community", "developers", "devs", "labs", "rally", "rallies", "surges", "soars", "jumps", "spikes", "gains", "climbs",
        "dips", "drops", "falls", "slides", "plunges", "tumbles", "crashes", "pumps", "dumps", "breakout", "bulls", "bears",
        "chart", "analysis", "prediction", "forecast", "outlook", "validators", "nodes", "upgrade", "hard", "fork", "burn",
        "supply", "unlock", "listing", "usd", "usdt", "perpetual", "perps", "dao", "wallet", "bridge", "defi", "nft", "nfts",
        "l2", "layer", "market", "trading", "investors", "traders", "treasury", "tvl", "hits", "eyes",
        "exploit", "exploited", "exploiter", "hack", "hacked", "hacker", "attack", "governance", "v2", "v3",
    };

    public static readonly HashSet<string> Before = new(StringComparer.Ordinal)
    {
        "buy", "buying", "sell", "selling", "accumulate", "accumulates", "accumulating", "hodl", "stake", "staked",
        "crypto", "altcoin", "altcoins", "token", "coin", "native", "long", "short", "shorts", "longs", "dumps", "worth",
        "million", "billion", "trillion", "m", "b", "k",
    };
}
