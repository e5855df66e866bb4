using Coinwire.Scoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Coinwire.Tests.Scoring.ScoringFixtures;

namespace Coinwire.Tests.Scoring;

public class PinRulesTests
{
    private static readonly PinRule[] NinetyForSixHours = [new() { MinScore = 90, Duration = TimeSpan.FromHours(6), StickyWeight = 5 }];

    [Fact]
    public void NoRules_NeverPin() =>
        Assert.Equal(PinDecision.None, new ScoringOptions().PinRules.Evaluate(100, "BTC", ["BTC"], Now, Now));

    [Fact]
    public void HighScore_IsPinnedForSixHours_ThenZero()
    {
        var published = Now;

        var during = NinetyForSixHours.Evaluate(93, "BTC", ["BTC"], published.AddHours(5), published);
        var after = NinetyForSixHours.Evaluate(93, "BTC", ["BTC"], published.AddHours(6), published);

        Assert.Equal(new PinDecision(5, published.AddHours(6)), during);
        Assert.Equal(PinDecision.None, after);
    }

    [Fact]
    public void LowScore_IsNotPinned() =>
        Assert.Equal(PinDecision.None, NinetyForSixHours.Evaluate(89, "BTC", ["BTC"], Now, Now));

    [Fact]
    public void CategoryAndCoinFilters_Apply()
    {
        PinRule[] rules =
        [
            new() { MinScore = 70, Duration = TimeSpan.FromHours(2), StickyWeight = 2, Categories = ["security"] },
            new() { MinScore = 60, Duration = TimeSpan.FromHours(1), StickyWeight = 3, Coins = ["eth"] },
        ];

        Assert.Equal(2, rules.Evaluate(75, "SECURITY", [], Now, Now).StickyWeight);
        Assert.Equal(0, rules.Evaluate(75, "MARKET", ["BTC"], Now, Now).StickyWeight);
        Assert.Equal(3, rules.Evaluate(75, "SECURITY", ["BTC", "ETH"], Now, Now).StickyWeight);
        Assert.Equal(2, rules.Evaluate(75, "SECURITY", ["ETH"], Now.AddMinutes(90), Now).StickyWeight);
    }

    [Fact]
    public void ScoredEtfStory_IsPinned_ByRuleFromConfiguration()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scoring:HalfLife"] = "08:00:00",
            ["Scoring:EventPoints:halving"] = "20",
            ["Scoring:PinRules:0:MinScore"] = "90",
            ["Scoring:PinRules:0:Duration"] = "06:00:00",
            ["Scoring:PinRules:0:StickyWeight"] = "10",
            ["Scoring:PinRules:0:Categories:0"] = "BTC",
        }).Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(config).AddScoring().BuildServiceProvider();
        var scorer = provider.GetRequiredService<StoryScorer>();
        var options = provider.GetRequiredService<IOptions<ScoringOptions>>().Value;
        var input = Story("Bitcoin spot ETF approved by SEC", "The SEC approved the first spot bitcoin ETFs.", Major(5), TimeSpan.FromMinutes(5));

        var score = scorer.Score(input).Score;
        var pin = options.PinRules.Evaluate(score, "BTC", ["BTC"], input.Now, input.PublishedAt);

        Assert.Equal(TimeSpan.FromHours(8), options.HalfLife);
        Assert.Equal(20, options.EventPoints["halving"]);
        Assert.True(score >= 90, score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new PinDecision(10, input.PublishedAt.AddHours(6)), pin);
    }

    [Fact]
    public void InvalidPinRule_FailsValidation()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scoring:PinRules:0:MinScore"] = "120",
        }).Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(config).AddScoring().BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<StoryScorer>());
    }

    [Fact]
    public void FarFuturePublishedAt_DoesNotOverflow() =>
        Assert.Equal(5, NinetyForSixHours.Evaluate(95, null, [], Now, DateTimeOffset.MaxValue).StickyWeight);
}
