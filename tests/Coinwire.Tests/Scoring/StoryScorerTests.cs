using Coinwire.Scoring;
using static Coinwire.Tests.Scoring.ScoringFixtures;

namespace Coinwire.Tests.Scoring;

public class StoryScorerTests
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(10);

    [Fact]
    public void SpotEtfApproval_FromFiveMajors_OutranksObscureDexListing()
    {
        var etf = Score("Bitcoin spot ETF approved by SEC", "The SEC approved the first spot bitcoin ETFs on Wednesday, ending a decade-long wait.",
            Major(5), Fresh);
        var listing = Score("Obscure token lists on small DEX", "The token of a new meme project is now listed on a small decentralized exchange.",
            Minor, TimeSpan.FromDays(2));

        Assert.True(etf.Score >= 90, Describe(etf));
        Assert.True(listing.Score <= 25, Describe(listing));
        Assert.Contains("etf-decision", etf.Part(ScorePartNames.Events)!.Reason);
    }

    [Fact]
    public void HackOfMajorProtocol_OutranksRoutinePriceAnalysis()
    {
        var hack = Score("Curve Finance exploited for $62 million as attackers drain pools",
            "Several Curve pools were drained after a vulnerability in the Vyper compiler was exploited.", Major(3), Fresh);
        var analysis = Score("Bitcoin price analysis: BTC consolidates above $42,000",
            "Bitcoin traded sideways on Tuesday, holding support near $42,000 while traders await the next move.", Major(3), Fresh);

        Assert.True(hack.Score > analysis.Score, $"{Describe(hack)} vs {Describe(analysis)}");
        Assert.Equal(0, analysis.Points(ScorePartNames.Events));
    }

    [Fact]
    public void SameStory_Older_ScoresLower()
    {
        var scores = new[] { 0, 3, 6, 12, 24, 48 }
            .Select(h => Score("Binance to delist Monero", "Binance said it will delist XMR next week.", Major(2), TimeSpan.FromHours(h)).Score)
            .ToArray();

        for (var i = 1; i < scores.Length; i++)
        {
            Assert.True(scores[i] <= scores[i - 1], string.Join(", ", scores));
        }
        Assert.True(scores[^1] < scores[0] - 15, string.Join(", ", scores));
    }

    [Fact]
    public void MoreSources_ScoreHigher_WithDiminishingReturns()
    {
        var points = new[] { 1, 2, 3, 5, 7 }
            .Select(n => Score("Ethereum developers set date for Dencun hard fork", "", Major(n), Fresh).Points(ScorePartNames.Coverage))
            .ToArray();

        Assert.True(points[0] <= 10, string.Join(", ", points));
        Assert.True(points[3] >= 22, string.Join(", ", points));
        Assert.Equal(25, points[4]);
        Assert.True(points[1] - points[0] > points[4] - points[3], "each extra source adds less");
    }

    [Fact]
    public void DuplicateSourceKeys_CountOnce_KeepingTheHighestWeight()
    {
        var sources = new ScoringSource[] { new("coindesk", 0.5), new("CoinDesk", 1.0), new("coindesk", 0.2) };
        var result = Score("Bitcoin climbs", "", sources, Fresh);

        Assert.Equal("1 source", result.Part(ScorePartNames.Coverage)!.Reason);
        Assert.Equal(15, result.Points(ScorePartNames.Trust));
    }

    [Fact]
    public void Recency_IsZero_AfterThreeDays_AndHalvesPerHalfLife()
    {
        Assert.Equal(20, Score("Bitcoin news", "", Major(1), TimeSpan.Zero).Points(ScorePartNames.Recency));
        Assert.Equal(10, Score("Bitcoin news", "", Major(1), TimeSpan.FromHours(6)).Points(ScorePartNames.Recency));
        Assert.Equal(5, Score("Bitcoin news", "", Major(1), TimeSpan.FromHours(12)).Points(ScorePartNames.Recency));
        Assert.Equal(0, Score("Bitcoin news", "", Major(1), TimeSpan.FromDays(3)).Points(ScorePartNames.Recency));
        Assert.Equal(20, Score("Bitcoin news", "", Major(1), TimeSpan.FromHours(-2)).Points(ScorePartNames.Recency));
    }

    [Fact]
    public void HalfLife_IsConfigurable()
    {
        var scorer = new StoryScorer(new ScoringOptions { HalfLife = TimeSpan.FromHours(2) });
        var result = scorer.Score(Story("Bitcoin news", "", Major(1), TimeSpan.FromHours(2)));

        Assert.Equal(10, result.Points(ScorePartNames.Recency));
    }

    [Fact]
    public void CoinRank_BitcoinHigh_ObscureLow_NoneSmall()
    {
        var btc = Score("Bitcoin slips below $40,000", "", Major(1), Fresh).Points(ScorePartNames.Coin);
        var eth = Score("Ethereum slips below $2,000", "", Major(1), Fresh).Points(ScorePartNames.Coin);
        var none = Score("Central banks discuss digital currencies", "", Major(1), Fresh).Points(ScorePartNames.Coin);
        var unknown = StoryScorer.Default.Score(new ScoringInput
        {
            Title = "ZZZQ soars", Coins = [new ScoringCoin("ZZZQ")], PublishedAt = Now, Now = Now,
        }).Points(ScorePartNames.Coin);

        Assert.Equal(15, btc);
        Assert.InRange(eth, 13, 15);
        Assert.InRange(none, 2, 5);
        Assert.InRange(unknown, 0, 1);
    }

    [Theory]
    [InlineData("Bitcoin spot ETF approved by SEC")]
    [InlineData("Obscure token lists on small DEX")]
    [InlineData("FTX files for bankruptcy as withdrawals halted; hackers drain $400M")]
    [InlineData("")]
    public void Parts_SumToScore_AndScoreIsWithinRange(string title)
    {
        foreach (var sources in new[] { Array.Empty<ScoringSource>(), Minor, Major(7) })
        {
            var result = Score(title, title, sources, Fresh);

            Assert.Equal(result.Score, result.Parts.Sum(p => p.Points));
            Assert.InRange(result.Score, 0, 100);
            Assert.All(result.Parts.Where(p => p.Name != ScorePartNames.Cap), p => Assert.InRange(p.Points, 0, p.Max));
        }
    }

    [Fact]
    public void DefaultMaxima_SumTo100()
    {
        var result = Score("Bitcoin news", "", Major(1), Fresh);

        Assert.Equal(100, result.Parts.Sum(p => p.Max));
        Assert.Equal(
            [ScorePartNames.Coverage, ScorePartNames.Trust, ScorePartNames.Recency, ScorePartNames.Coin, ScorePartNames.Events],
            result.Parts.Select(p => p.Name));
    }

    [Fact]
    public void RaisedMaxima_AreCappedAt100_WithACapPart()
    {
        var scorer = new StoryScorer(new ScoringOptions { CoverageMax = 60, EventsMax = 60 });
        var result = scorer.Score(Story("Bitcoin spot ETF approved by SEC after hack", "", Major(7), Fresh));

        Assert.Equal(100, result.Score);
        Assert.Equal(100, result.Parts.Sum(p => p.Points));
        Assert.True(result.Points(ScorePartNames.Cap) < 0);
    }

    [Fact]
    public void Score_IsDeterministic_GivenNow()
    {
        var input = Story("Ethereum Shanghai upgrade goes live on mainnet", "Stakers can now withdraw ETH.", Major(4), TimeSpan.FromHours(5));

        var first = ScoreBreakdownJson.Serialize(StoryScorer.Default.Score(input));
        var again = ScoreBreakdownJson.Serialize(new StoryScorer(new ScoringOptions()).Score(input with { }));

        Assert.Equal(first, again);
    }

    [Fact]
    public void OddInput_DoesNotThrow()
    {
        var odd = new ScoringInput
        {
            Title = "\u2014 ... - | ,,", Text = new string('x', 10_000), PublishedAt = DateTimeOffset.MinValue, Now = DateTimeOffset.MaxValue,
            Sources = [new("a", double.NaN), new("b", -4), new("c", double.PositiveInfinity)], Coins = [new("")],
        };

        var result = StoryScorer.Default.Score(odd);

        Assert.InRange(result.Score, 0, 100);
    }

    private static string Describe(ScoreResult r) => ScoreBreakdownJson.Serialize(r);
}
