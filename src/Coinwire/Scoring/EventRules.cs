namespace Coinwire.Scoring;

/// <summary>
/// The built-in event catalogue. Points are out of the default events maximum of 25: a hack or an ETF decision in the
/// title is nearly the whole part, a minor listing barely registers.
/// </summary>
public static class EventRules
{
    private static readonly string[] Agencies =
    [
        "sec", "cftc", "doj", "justice department", "department of justice", "ftc", "nydfs", "finra", "fca", "attorney general",
        "attorneys general", "prosecutor*", "regulator", "regulators", "u.s", "us government", "treasury", "ofac", "irs", "fbi",
    ];

    private static readonly string[] MajorExchanges =
    [
        "binance", "coinbase", "kraken", "okx", "bybit", "upbit", "bithumb", "robinhood", "bitstamp", "gemini", "kucoin",
        "bitfinex", "huobi", "htx", "crypto.com", "gate.io", "bitget", "mexc",
    ];

    /// <summary>Every built-in rule.</summary>
    public static IReadOnlyList<EventRule> Default { get; } =
    [
        new("hack", 22, "hack",
            ["hack", "hacks", "hacked", "hacker", "hackers", "exploit", "exploits", "exploited", "exploiter", "exploiters",
             "breach", "breached", "security breach", "drained", "drains", "stolen", "stole", "steal", "steals", "heist",
             "rug pull", "rug pulls", "rugpull", "flash loan attack", "attacker*", "compromised"]),
        new("etf-decision", 22, "etf",
            ["etf", "etfs", "exchange-traded fund*"],
            ["approve*", "approval*", "approving", "greenlight*", "green light", "green-light*", "reject*", "denies", "denied",
             "disapprov*", "begins trading", "begin trading", "start trading", "starts trading", "debut*", "launch", "launches", "launched"]),
        new("etf", 10, "etf", ["etf", "etfs", "exchange-traded fund*"]),
        new("enforcement", 18, "legal",
            ["sue", "sues", "sued", "suing", "lawsuit*", "charge", "charges", "charged", "indict*", "settle", "settles", "settled",
             "settlement*", "fine", "fines", "fined", "penalty", "penalties", "complaint", "subpoena*", "wells notice", "crackdown",
             "enforcement action", "arrest*", "sanction*", "seize*", "seizure", "probe*", "investigat*"],
            Agencies),
        new("lawsuit", 8, "legal", ["sue", "sues", "sued", "suing", "lawsuit*", "class action", "indict*", "arrest*", "charged"]),
        new("listing-major", 12, "listing",
            ["list", "lists", "listed", "listing", "listings", "delist*", "de-list*"],
            MajorExchanges),
        new("listing", 3, "listing", ["lists", "listed", "listing", "delist*", "de-list*"]),
        new("halving", 15, "halving", ["halving", "halvings", "halvening"]),
        new("liquidations", 12, "liquidations", ["liquidation", "liquidations", "liquidated"]),
        new("record-high", 16, "record-high",
            ["all-time high", "all-time highs", "all time high", "all time highs", "ath", "aths", "record high", "record highs",
             "record-high", "record-breaking"]),
        new("bankruptcy", 20, "insolvency",
            ["bankrupt", "bankruptcy", "bankruptcies", "insolvent", "insolvency", "chapter 11", "administration proceedings"]),
        new("withdrawals-halted", 18, "insolvency",
            ["withdrawal", "withdrawals"],
            ["halt*", "suspend*", "suspension", "freez*", "froze", "frozen", "pause*", "pausing", "block*"]),
        new("depeg", 18, "depeg",
            ["depeg*", "de-peg*", "unpeg*"]),
        new("depeg", 18, "depeg",
            ["peg"],
            ["lose*", "lost", "losing", "break*", "broke", "broken", "slip*", "off"]),
        new("mainnet-fork", 10, "upgrade",
            ["mainnet", "hard fork", "hard-fork", "hardfork", "network upgrade", "protocol upgrade"]),
    ];
}
