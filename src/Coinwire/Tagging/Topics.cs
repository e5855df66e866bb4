namespace Coinwire.Tagging;

/// <summary>The topic categories of DESIGN.md, used when no single coin dominates an article.</summary>
public static class Topics
{
    /// <summary>Prices, trading, ETF flows, macro.</summary>
    public const string Market = "MARKET";

    /// <summary>Laws, regulators, courts, enforcement, taxes, CBDCs.</summary>
    public const string Regulation = "REGULATION";

    /// <summary>Decentralized finance: DEXs, lending, liquidity, yield.</summary>
    public const string DeFi = "DEFI";

    /// <summary>NFTs, collectibles, metaverse and blockchain games.</summary>
    public const string Nft = "NFT";

    /// <summary>Stablecoins and their issuers.</summary>
    public const string Stablecoins = "STABLECOINS";

    /// <summary>Mining, miners, hashrate.</summary>
    public const string Mining = "MINING";

    /// <summary>Hacks, exploits, scams, thefts.</summary>
    public const string Security = "SECURITY";

    /// <summary>Companies: funding, deals, layoffs, earnings, partnerships, bankruptcies.</summary>
    public const string Business = "BUSINESS";

    /// <summary>Protocol upgrades, forks, layer 2s, launches of networks and tools.</summary>
    public const string Technology = "TECHNOLOGY";

    /// <summary>Every topic, in DESIGN.md order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Market, Regulation, DeFi, Nft, Stablecoins, Mining, Security, Business, Technology];

    /// <summary>Whether <paramref name="category"/> is a topic (rather than a coin ticker).</summary>
    public static bool IsTopic(string category) => All.Contains(category, StringComparer.Ordinal);
}
