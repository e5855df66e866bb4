using Coinwire.Tagging;

namespace Coinwire.Tests.Tagging;

public class TopicClassifierTests
{
    [Theory]
    [InlineData("Hackers drain $100M from cross-chain bridge in exploit", Topics.Security)]
    [InlineData("SEC sues exchange over unregistered securities", Topics.Regulation)]
    [InlineData("Miners capitulate as hashrate drops", Topics.Mining)]
    [InlineData("Stablecoin supply hits record as USDC grows", Topics.Stablecoins)]
    [InlineData("OpenSea NFT volumes slump in the bear market", Topics.Nft)]
    [InlineData("DeFi lending protocol TVL doubles", Topics.DeFi)]
    [InlineData("Crypto startup raises $20M in Series A funding", Topics.Business)]
    [InlineData("Network completes hard fork upgrade on mainnet", Topics.Technology)]
    [InlineData("Prices rally as ETF inflows surge", Topics.Market)]
    public void Headline_GetsItsTopicFirst(string title, string topic)
    {
        Assert.Equal(topic, TopicClassifier.Default.Classify(title)[0]);
    }

    [Fact]
    public void NoKeyword_NoTopic()
    {
        Assert.Empty(TopicClassifier.Default.Classify("A quiet Sunday"));
    }

    [Fact]
    public void Topics_AreTheNineOfTheDesign()
    {
        Assert.Equal(9, TopicClassifier.Topics.Count);
        Assert.True(Topics.IsTopic("DEFI"));
        Assert.False(Topics.IsTopic("BTC"));
    }

    [Fact]
    public void KeywordsMatchOnWordBoundaries()
    {
        // "sec" inside "second" and "ban" inside "bank" are not keywords.
        Assert.DoesNotContain(Topics.Regulation, TopicClassifier.Default.Classify("Second bank opens a branch"));
    }
}
