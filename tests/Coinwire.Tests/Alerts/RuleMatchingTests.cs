using Coinwire.Alerts;

namespace Coinwire.Tests.Alerts;

public class RuleMatchingTests
{
    private static AlertMessage Story(string title = "SEC approves spot ETF for Bitcoin", string summary = "The regulator said yes.",
        string[]? coins = null, string[]? categories = null, string sentiment = "POSITIVE", int score = 60) =>
        new(1, "r", title, "https://wire.example/articles/a", summary, coins ?? ["BTC", "ETH"], categories ?? ["BTC", "REGULATION"], sentiment, score,
            DateTime.UtcNow, [new AlertSource("Wire", "https://wire.example/1")]);

    private static AlertRule Rule(Action<AlertRuleOptions> configure)
    {
        var options = new AlertRuleOptions { Name = "r" };
        options.Channels.Add("out");
        configure(options);
        return new AlertRule(options);
    }

    [Fact]
    public void EmptyRule_MatchesEveryStory() => Assert.True(Rule(_ => { }).Matches(Story()));

    [Theory]
    [InlineData("eth", true)]
    [InlineData("SOL", false)]
    public void Coins_MatchWhenTheStoryNamesAnyListedTicker(string coin, bool expected) =>
        Assert.Equal(expected, Rule(r => r.Coins.Add(coin)).Matches(Story()));

    [Theory]
    [InlineData("regulation", true)]
    [InlineData("BTC", true)]
    [InlineData("DEFI", false)]
    public void Categories_MatchTheCategoryOrATopicTag(string category, bool expected) =>
        Assert.Equal(expected, Rule(r => r.Categories.Add(category)).Matches(Story()));

    [Theory]
    [InlineData(59, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void MinScore_MatchesScoresAtOrAboveIt(int minScore, bool expected) =>
        Assert.Equal(expected, Rule(r => r.MinScore = minScore).Matches(Story(score: 60)));

    [Theory]
    [InlineData("positive", true)]
    [InlineData("negative", false)]
    [InlineData("neutral", false)]
    public void Sentiment_MatchesOnlyThatLabelIgnoringCase(string sentiment, bool expected) =>
        Assert.Equal(expected, Rule(r => r.Sentiment = sentiment).Matches(Story()));

    [Theory]
    [InlineData("etf", true)]
    [InlineData("spot ETF", true)]
    [InlineData("regulator", true)]
    [InlineData("hack", false)]
    public void Keywords_MatchWholeWordsInTitleOrSummaryIgnoringCase(string keyword, bool expected) =>
        Assert.Equal(expected, Rule(r => r.Keywords.Add(keyword)).Matches(Story()));

    [Theory]
    [InlineData("ET")]
    [InlineData("coin")]
    public void Keywords_DoNotMatchInsideLongerWords(string keyword) =>
        Assert.False(Rule(r => r.Keywords.Add(keyword)).Matches(Story(title: "ETFs and Bitcoin", summary: "Coinbase lists it.")));

    [Fact]
    public void AllConditions_MustHoldTogether() =>
        Assert.False(Rule(r => { r.Coins.Add("BTC"); r.MinScore = 90; }).Matches(Story(score: 60)));
}
