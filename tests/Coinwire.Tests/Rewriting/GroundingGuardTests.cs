using Coinwire.Rewriting;

namespace Coinwire.Tests.Rewriting;

public class GroundingGuardTests
{
    private static IReadOnlyList<UnsupportedClaim> Check(string output, params string[] sources) =>
        GroundingGuard.Default.Check(output, sources);

    [Theory]
    [InlineData("The fund raised $1.2bn in the round.", "The fund raised 1,200 million dollars.")]
    [InlineData("The fund raised 1,200 million dollars.", "The fund raised $1.2bn in the round.")]
    [InlineData("Outflows reached 1.2 billion.", "Outflows reached $1200000000.")]
    [InlineData("Outflows reached $1.2B.", "Outflows reached 1.2 billion.")]
    [InlineData("Volume rose to $450m.", "Volume rose to 450 million.")]
    [InlineData("Volume rose to $0.45bn.", "Volume rose to 450 million.")]
    public void Magnitudes_NormalizeToOneValue(string output, string source) =>
        Assert.Empty(Check(output, source));

    [Fact]
    public void RoundedNumber_IsSupportedByMorePreciseSource() =>
        Assert.Empty(Check("Losses near $1.2 billion.", "Losses of $1,234 million were reported."));

    [Fact]
    public void MorePreciseNumberThanSource_IsUnsupported()
    {
        var claims = Check("Losses of $1,234 million.", "Losses of $1.2 billion.");
        Assert.Equal(ClaimKind.Number, Assert.Single(claims).Kind);
    }

    [Theory]
    [InlineData("Bitcoin fell 50%.", "Bitcoin fell 50 percent.")]
    [InlineData("Bitcoin fell 50 percent.", "Bitcoin fell 50%.")]
    [InlineData("Bitcoin fell 50 per cent.", "Bitcoin fell 50 pct.")]
    public void Percent_Spellings_Match(string output, string source) =>
        Assert.Empty(Check(output, source));

    [Fact]
    public void Percent_IsNotSupportedByPlainNumber()
    {
        var claim = Assert.Single(Check("Ether gained 12%.", "Ether gained 12 places in the ranking."));
        Assert.Equal("12%", claim.Canonical);
    }

    [Fact]
    public void Currency_IsNotCompared_DollarSignEqualsWord() =>
        Assert.Empty(Check("The token traded at $3.", "The token traded at 3 dollars."));

    [Theory]
    [InlineData("The sale closed on Feb. 4.", "The sale closed on February 4, 2026.")]
    [InlineData("The sale closed on February 4, 2026.", "The sale closed on Feb. 4, 2026.")]
    [InlineData("The sale closed on 4 February.", "Announced 2026-02-04.")]
    public void Dates_AnySpelling_Match(string output, string source) =>
        Assert.Empty(Check(output, source));

    [Fact]
    public void Date_WrongDay_IsUnsupported()
    {
        var claim = Assert.Single(Check("The sale closed on February 5, 2026.", "The sale closed on Feb. 4, 2026."));
        Assert.Equal(ClaimKind.Date, claim.Kind);
        Assert.Equal("2026-02-05", claim.Canonical);
    }

    [Fact]
    public void Year_IsANumberClaim() =>
        Assert.Equal("2027", Assert.Single(Check("Approval is expected in 2027.", "Approval is expected in 2026.")).Text);

    [Fact]
    public void NumbersInsideNames_AreNotNumberClaims()
    {
        Assert.Empty(Check("The S&P 500 slipped while ERC-20 tokens and Web3 firms rallied.", "The S&P 500 slipped; ERC-20 tokens and Web3 firms rallied."));
        var claim = Assert.Single(Check("Some 500 investors joined.", "The S&P 500 slipped."));
        Assert.Equal("500", claim.Text);
    }

    [Fact]
    public void InventedAmount_IsReportedWithItsCanonicalValue()
    {
        var claim = Assert.Single(Check("The firm lost $5 billion.", "The firm lost money in the hack."));
        Assert.Equal(ClaimKind.Number, claim.Kind);
        Assert.Equal("$5 billion", claim.Text);
        Assert.Equal("5000000000", claim.Canonical);
        Assert.Contains("$5 billion", claim.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void InventedPerson_IsAnEntityClaim_ButKnownNamesPass()
    {
        const string source = "BlackRock filed the paperwork, Larry Fink said on Monday.";
        Assert.Empty(Check("According to Larry Fink, BlackRock filed the paperwork on Monday.", source));
        var claims = Check("Analyst John Smith said BlackRock filed the paperwork.", source);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Entity && c.Text.Contains("John Smith", StringComparison.Ordinal));
    }

    [Fact]
    public void SentenceInitialWordsMonthsAndSectionWords_AreNotEntities() =>
        Assert.Empty(Check("However, traders stayed calm in February. Overall the market held.", "Traders stayed calm."));

    [Fact]
    public void CoinNotInSources_IsACoinClaim()
    {
        var claims = Check("Bitcoin and Solana both rallied.", "Bitcoin rallied on Tuesday.");
        var claim = Assert.Single(claims);
        Assert.Equal(ClaimKind.Coin, claim.Kind);
        Assert.Equal("SOL", claim.Canonical);
    }

    [Fact]
    public void KnownCoins_CountAsSupported() =>
        Assert.Empty(GroundingGuard.Default.Check("Ethereum (ETH) rose.", ["The second-largest token rose."], ["ETH", "Ethereum"]));

    [Fact]
    public void Claims_AreReportedOnce() =>
        Assert.Single(Check("It lost $5 billion, yes $5 billion.", "It lost money."));

    [Theory]
    [InlineData("")]
    [InlineData("$")]
    [InlineData("1,")]
    [InlineData("Jan. 99 and 0 February")]
    [InlineData("99999999999999999999999999999999 trillion")]
    [InlineData("79228162514264337593543950335 trillion and 7922816251426433759354395033.5 bn")]
    public void OddInput_DoesNotThrow(string text) =>
        _ = GroundingGuard.Default.Check(text, [text]);
}
