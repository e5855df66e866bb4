using Coinwire.Sentiment;

namespace Coinwire.Tests.Sentiment;

public class CoinClausesTests
{
    private static readonly (string, IReadOnlyList<string>)[] Coins =
    [
        ("BTC", ["Bitcoin"]),
        ("ETH", ["Ethereum", "Ether"]),
        ("SOL", ["Solana"]),
    ];

    [Fact]
    public void Split_ContrastWordSeparatesCoins()
    {
        var parts = CoinClauses.Split("Bitcoin rallies to a record high while Ethereum plunges after bridge exploit", Coins);
        Assert.Equal("Bitcoin rallies to a record high", parts["BTC"]);
        Assert.Equal("Ethereum plunges after bridge exploit", parts["ETH"]);
        Assert.False(parts.ContainsKey("SOL"));
    }

    [Fact]
    public void Split_SentenceWithoutCoinBelongsToPreviousCoin()
    {
        var parts = CoinClauses.Split("Solana suffers an outage. Validators halted the chain for hours. Bitcoin is flat.", Coins);
        Assert.Equal("Solana suffers an outage. Validators halted the chain for hours.", parts["SOL"]);
        Assert.Equal("Bitcoin is flat.", parts["BTC"]);
    }

    [Fact]
    public void Split_BareCoinListKeepsItsVerb()
    {
        var parts = CoinClauses.Split("Bitcoin, Ether rally; Solana slumps", Coins);
        Assert.Equal("Bitcoin, Ether rally", parts["BTC"]);
        Assert.Equal(parts["BTC"], parts["ETH"]);
        Assert.Equal("Solana slumps", parts["SOL"]);
    }

    [Fact]
    public void Split_TickerIsCaseSensitiveAliasIsNot()
    {
        Assert.Empty(CoinClauses.Split("one sol of gold", [("SOL", ["Solana"])]));
        Assert.Single(CoinClauses.Split("SOLANA and $sol jump", [("SOL", ["Solana"])]));
    }
}
