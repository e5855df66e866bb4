using Coinwire.Scoring;

namespace Coinwire.Tests.Scoring;

public class EventDetectorTests
{
    private static string[] Names(string title, string? text = null) =>
        EventDetector.Default.Detect(title, text).Select(e => e.Rule.Name).ToArray();

    [Theory]
    [InlineData("Curve Finance hacked, $62M drained from pools", "hack")]
    [InlineData("Hackers steal $600 million from Ronin bridge", "hack")]
    [InlineData("Euler Finance exploit: attacker returns funds", "hack")]
    [InlineData("SEC approves spot Bitcoin ETFs", "etf-decision")]
    [InlineData("SEC rejects Grayscale's spot Bitcoin ETF application", "etf-decision")]
    [InlineData("Bitcoin ETFs record $500M inflows for third week", "etf")]
    [InlineData("SEC sues Binance and CEO Changpeng Zhao", "enforcement")]
    [InlineData("Ripple and SEC reach settlement in XRP case", "enforcement")]
    [InlineData("DOJ charges Tornado Cash developers", "enforcement")]
    [InlineData("Investors file class action against NFT project", "lawsuit")]
    [InlineData("Coinbase to list Solana memecoin BONK", "listing-major")]
    [InlineData("Binance will delist three privacy coins", "listing-major")]
    [InlineData("Bitcoin halving is 30 days away", "halving")]
    [InlineData("Crypto liquidations top $1 billion as Bitcoin plunges", "liquidations")]
    [InlineData("Bitcoin hits all-time high above $73,000", "record-high")]
    [InlineData("Solana's SOL sets a new record high", "record-high")]
    [InlineData("Celsius files for Chapter 11 bankruptcy", "bankruptcy")]
    [InlineData("Crypto lender halts withdrawals citing extreme market conditions", "withdrawals-halted")]
    [InlineData("USDC depegs after Circle reveals SVB exposure", "depeg")]
    [InlineData("TerraUSD loses its peg again", "depeg")]
    [InlineData("Cardano's Vasil hard fork goes live on mainnet", "mainnet-fork")]
    public void Detects_Event(string title, string expected) => Assert.Contains(expected, Names(title));

    [Theory]
    [InlineData("Bitcoin price analysis: BTC consolidates above $42,000")]
    [InlineData("Ethereum hackathon winners announced in Denver")]
    [InlineData("Shacks and exploitation of the word boundary")]
    [InlineData("Bitcoin miners face tighter margins")]
    [InlineData("How the security team responded: a timeline")]
    public void RoutineText_HasNoEvents(string title) => Assert.Empty(Names(title));

    [Theory]
    [InlineData("Protocol patches critical bug; no funds were stolen")]
    [InlineData("Exchange says it was not hacked after outage")]
    [InlineData("Wallet provider wasn't hacked, company says")]
    [InlineData("Bridge paused as a precaution without any exploit")]
    public void NegatedHack_DoesNotFire(string title) => Assert.DoesNotContain("hack", Names(title));

    [Fact]
    public void Negation_StopsAtClauseBoundary()
    {
        Assert.Contains("hack", Names("No downtime, but hackers stole $3M from the hot wallet"));
        Assert.Contains("hack", Names("Not a drill: exchange hacked"));
    }

    [Fact]
    public void Requirement_MustShareTheSentence()
    {
        Assert.DoesNotContain("enforcement", Names("The SEC held a roundtable. A trader sued his broker."));
        Assert.Contains("lawsuit", Names("The SEC held a roundtable. A trader sued his broker."));
        Assert.DoesNotContain("listing-major", Names("Binance posts record volume. Token X lists on a DEX."));
    }

    [Fact]
    public void GroupAlternatives_AreBothReported_ForTheScorerToPick()
    {
        var names = Names("SEC approves spot Bitcoin ETFs");

        Assert.Contains("etf", names);
        Assert.Contains("etf-decision", names);
    }

    [Fact]
    public void TitleAndText_AreTrackedSeparately()
    {
        var found = EventDetector.Default.Detect("Bitcoin drops 8%", "Over $800 million of longs were liquidated in an hour.");

        var e = Assert.Single(found);
        Assert.Equal("liquidations", e.Rule.Name);
        Assert.False(e.InTitle);
    }

    [Fact]
    public void ShortPrefix_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new EventDetector([new EventRule("x", 1, "x", ["ha*"])]));
}
