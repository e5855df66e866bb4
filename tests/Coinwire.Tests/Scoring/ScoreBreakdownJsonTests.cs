using Coinwire.Scoring;
using static Coinwire.Tests.Scoring.ScoringFixtures;

namespace Coinwire.Tests.Scoring;

public class ScoreBreakdownJsonTests
{
    [Fact]
    public void Serialize_IsCompact_InTheDocumentedShape()
    {
        var result = new ScoreResult(87, [new ScorePart("coverage", 18, 25, "4 sources"), new ScorePart("events", 22, 25, "hack")]);

        Assert.Equal(
            """{"score":87,"parts":[{"name":"coverage","points":18,"max":25,"reason":"4 sources"},{"name":"events","points":22,"max":25,"reason":"hack"}]}""",
            ScoreBreakdownJson.Serialize(result));
    }

    [Fact]
    public void RoundTrip_GivesEqualParts()
    {
        var result = Score("Bitcoin spot ETF approved by SEC \"finally\" — €, ü", "", Major(4), TimeSpan.FromHours(1));

        var back = ScoreBreakdownJson.Deserialize(ScoreBreakdownJson.Serialize(result));

        Assert.Equal(result.Score, back.Score);
        Assert.Equal(result.Parts, back.Parts);
    }

    [Fact]
    public void Deserialize_IgnoresUnknownKeys_AndMissingReason()
    {
        var back = ScoreBreakdownJson.Deserialize("""{"v":2,"score":5,"parts":[{"name":"coin","points":5,"extra":true}]}""");

        Assert.Equal(new ScorePart("coin", 5, 0, ""), Assert.Single(back.Parts));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"score\":\"high\",\"parts\":[]}")]
    [InlineData("{\"score\":1}")]
    [InlineData("{\"score\":1,\"parts\":[{\"points\":1}]}")]
    [InlineData("{\"score\":1,\"parts\":[{\"name\":\"x\",\"points\":1.5}]}")]
    [InlineData("{\"score\":1,")]
    public void Deserialize_Malformed_ThrowsFormatException(string json) =>
        Assert.Throws<FormatException>(() => ScoreBreakdownJson.Deserialize(json));
}
