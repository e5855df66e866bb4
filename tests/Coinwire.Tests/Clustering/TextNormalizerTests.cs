using Coinwire.Clustering;

namespace Coinwire.Tests.Clustering;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Breaking: Harmony's Horizon Bridge hacked for $100M", "harmony horizon bridg hack 100m")]
    [InlineData("Just In: Oman Launches Crypto Mining and Data Center", "oman launch crypto min data center")]
    [InlineData("Ava Labs raises $350M at $5.25B valuation: Report", "ava lab rais 350m 5.25b valuation")]
    [InlineData("Bitcoin Could Climb to $28K by 2022’s End | CoinDesk", "btc climb 28k 2022 end")]
    [InlineData("Grayscale to List a Crypto ETF in Europe (Report)", "grayscal list crypto etf europ")]
    [InlineData("Over 70% of Bitcoin’s Supply — ZyCrypto Analysis", "70 btc supply")]
    public void Tokens_StripBoilerplateAndStem(string title, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(title));

    [Fact]
    public void Fold_ReplacesLoneSurrogatesInsteadOfThrowing()
    {
        // Built in code: xUnit's theory data would turn a lone surrogate into replacement characters on its own.
        const char high = '\ud800', low = '\udc00';
        Assert.Equal("bitcoin \ufffd rallies", TextNormalizer.Fold("Bitcoin " + high + " rallies"));
        Assert.Equal("ether \ufffd\ufffd", TextNormalizer.Fold("Ether " + low + high));
        Assert.Equal("rocket \ud83d\ude80 ok", TextNormalizer.Fold("Rocket \ud83d\ude80 ok"));
    }

    [Fact]
    public void Tokens_FoldCaseAndDiacritics() =>
        Assert.Equal(TextNormalizer.Normalize("cafe creme zurich"), TextNormalizer.Normalize("CAFÉ Crème Zürich"));

    [Fact]
    public void Tokens_UnifyTickersAndCoinNames()
    {
        Assert.Equal("btc eth", TextNormalizer.Normalize("$BTC, $ETH"));
        Assert.Equal("btc eth", TextNormalizer.Normalize("Bitcoin & Ethereum"));
        Assert.Equal("doge", TextNormalizer.Normalize("Dogecoin"));
    }

    [Theory]
    [InlineData("$1.8 billion", "1.8b")]
    [InlineData("USD 1.8B", "1.8b")]
    [InlineData("1,300", "1300")]
    [InlineData("2,700%", "2700")]
    [InlineData("$0.50", "0.5")]
    [InlineData("3rd", "3")]
    [InlineData("third", "3")]
    [InlineData("100 million", "100m")]
    [InlineData("$600M+", "600m")]
    public void Tokens_KeepNumbersInOneForm(string text, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void Tokens_DropStopWordsAndPossessives() =>
        Assert.Equal("binanc reserv", TextNormalizer.Normalize("Binance's reserves are with the users' ..."[..23]));

    [Fact]
    public void Tokens_MapEventVerbsToOneForm() =>
        Assert.Equal(TextNormalizer.Normalize("Coinbase launches wallet"), TextNormalizer.Normalize("Coinbase unveiled wallet"));

    [Theory]
    [InlineData("Warner Music Goes for Blockchain Gaming, Mintable Recovers Stolen NFTs + More News", true)]
    [InlineData("Nifty News: Winamp adds NFT support, Atari gets physical and more", true)]
    [InlineData("Here’s what happened in crypto today", true)]
    [InlineData("First Mover Asia: Bitcoin Hovers Near $17.3K", true)]
    [InlineData("XRP Price Analysis: Can 200-day EMA Breakdown Push Prices Below $0.5?", true)]
    [InlineData("Mintable pledges to return NFTs stolen in OpenSea exploit", false)]
    public void IsRoundup_DetectsDigests(string title, bool expected) => Assert.Equal(expected, TextNormalizer.IsRoundup(title));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("—!?…")]
    [InlineData("\u0301\u0301")]
    [InlineData("1,2,3,,,.")]
    [InlineData("'s 's '")]
    [InlineData("𝔹𝕚𝕥𝕔𝕠𝕚𝕟 🚀")]
    public void Tokens_OddInputDoesNotThrow(string text) => _ = TextNormalizer.Tokens(text);
}
