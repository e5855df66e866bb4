using Coinwire.Tagging;

namespace Coinwire.Tests.Tagging;

public class CoinTaggerTests
{
    private static string[] Coins(string title, string? body = null) =>
        CoinTagger.Default.Tag(title, body).Coins.Select(c => c.Ticker).ToArray();

    [Theory]
    [InlineData("Chainlink (LINK) price jumps 10% after CCIP launch", "LINK")]
    [InlineData("LINK price eyes breakout as whales accumulate", "LINK")]
    [InlineData("NEAR Protocol ships sharding upgrade", "NEAR")]
    [InlineData("Polkadot's DOT rallies 12%", "DOT")]
    [InlineData("$SOL surges as Solana DEX volume hits record", "SOL")]
    [InlineData("Spot bitcoin ETF inflows top $1 billion", "BTC")]
    [InlineData("Bitcoin's hashrate hits a new record", "BTC")]
    [InlineData("Bitcoin Cash jumps 20% in a day", "BCH")]
    [InlineData("The Sandbox (SAND) token soars on new partnership", "SAND")]
    [InlineData("Harmony ONE bridge hacked for $100M", "ONE")]
    [InlineData("Ether slides below $1,800", "ETH")]
    [InlineData("Tether mints another $1B USDT", "USDT")]
    [InlineData("Terra Classic (LUNC) burn proposal passes", "LUNC")]
    public void NamesTickersAndAliases_AreFound(string title, string ticker)
    {
        Assert.Equal(ticker, CoinTagger.Default.Tag(title).Primary?.Ticker);
    }

    [Theory]
    [InlineData("Click the link to read our market wrap")]
    [InlineData("Gas fees are near zero on this sidechain")]
    [InlineData("Traders connect the dots between inflation and stocks")]
    [InlineData("Sand prices rise in a construction boom")]
    [InlineData("Flow state: how traders stay focused")]
    [InlineData("Investors ape into the latest memecoin")]
    [InlineData("Coinbase shares fall after earnings miss")]
    [InlineData("SEC sues Binance and Kraken over staking programs")]
    [InlineData("eth and btc written in lower case are not tickers")]
    [InlineData("Why One of the UK's Largest Banks Sees Growth In the NEAR FUTURE")]
    public void CommonWordsCompaniesAndLowerCaseTickers_AreNotCoins(string title)
    {
        Assert.Empty(Coins(title));
    }

    [Fact]
    public void CompanyNames_HideTheCoinInside()
    {
        Assert.Equal(["BTC"], Coins("ARK Invest refiles for a spot Bitcoin ETF"));
        Assert.Empty(Coins("Bitcoin Magazine names a new editor"));
    }

    [Fact]
    public void SeveralCoins_PrimaryFirst_CategoryIsATopicWhenNoneDominates()
    {
        var result = CoinTagger.Default.Tag("BTC, ETH and SOL rally as inflation cools");
        Assert.Equal(["BTC", "ETH", "SOL"], result.Coins.Select(c => c.Ticker).Order().ToArray());
        Assert.Equal(Topics.Market, result.Category);
        Assert.Equal("BTC", result.Tags[0]);
        Assert.Contains(Topics.Market, result.Tags);
    }

    [Fact]
    public void OneDominantCoin_IsTheCategory_AndTopicsFollowCoinsInTags()
    {
        var result = CoinTagger.Default.Tag("Bitcoin miners sell as hashrate hits a record", "Bitcoin miners moved 10,000 BTC to exchanges.");
        Assert.Equal("BTC", result.Category);
        Assert.Equal("BTC", result.Tags[0]);
        Assert.Contains(Topics.Mining, result.Tags);
        Assert.True(result.Primary!.Confidence > 0.8);
        Assert.Equal(3, result.Primary.Mentions);
    }

    [Fact]
    public void PricedCoin_IsPrimary()
    {
        Assert.Equal("BNB", CoinTagger.Default.Tag("Is Binance selling Bitcoin to prop up the price of BNB?").Primary?.Ticker);
    }

    [Fact]
    public void NoCoin_CategoryIsTopic()
    {
        var result = CoinTagger.Default.Tag("SEC sues crypto lender over unregistered securities");
        Assert.Null(result.Primary);
        Assert.Equal(Topics.Regulation, result.Category);
        Assert.Equal([Topics.Regulation], result.Tags.Take(1));
    }

    [Fact]
    public void BodyMentionsAddEvidence_ButOneBodyMentionOfARareCoinIsNotEnough()
    {
        var withBody = CoinTagger.Default.Tag("Markets steady ahead of the Fed", "Bitcoin held $60,000 while Kaspa and KAS traders waited.");
        Assert.Contains("BTC", withBody.Coins.Select(c => c.Ticker));
        Assert.Null(withBody.Coins.FirstOrDefault(c => c.Confidence < CoinTagger.Threshold));
    }

    [Fact]
    public void Tagging_IsThreadSafe()
    {
        var rows = TaggingEvaluation.LoadHeadlines().Select(r => r.Text).ToArray();
        var sequential = rows.Select(t => string.Join('|', CoinTagger.Default.Tag(t).Tags)).ToArray();
        var parallel = new string[rows.Length];
        Parallel.For(0, rows.Length, i => parallel[i] = string.Join('|', CoinTagger.Default.Tag(rows[i]).Tags));
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Dictionary_IsCompactAndKnowsMajorCoins()
    {
        var dictionary = CoinDictionary.Default;
        Assert.InRange(dictionary.Coins.Count, 500, 2000);
        Assert.True(dictionary.TryGet("btc", out var btc));
        Assert.Equal("Bitcoin", btc.Name);
        Assert.Equal(1.0, btc.Prior);
        Assert.False(dictionary.TryGet("COINBASE", out _));
    }
}
