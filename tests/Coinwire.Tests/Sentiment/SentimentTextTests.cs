using Coinwire.Sentiment;

namespace Coinwire.Tests.Sentiment;

public class SentimentTextTests
{
    [Fact]
    public void Normalize_FoldsDigitsCashtagsAndContractions()
    {
        Assert.Equal("$tkr ripple nabs 0 billion valuation , doesnt not_stop", SentimentText.Normalize("$XRP Ripple nabs $15.5 billion valuation, doesn't stop"));
    }

    [Fact]
    public void Normalize_NegationScopeEndsAtClauseBoundary()
    {
        Assert.Equal("no not_major not_losses , gains", SentimentText.Normalize("No major losses, gains"));
    }

    [Fact]
    public void Tokenize_HyphenatedWordsStayOneToken()
    {
        Assert.Equal(["bitcoin", "selloff", "deepens"], SentimentText.Tokenize("Bitcoin sell-off deepens"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("$")]
    [InlineData("$$$ !!! ???")]
    [InlineData("Thisâ€¦ +ñ Â£")]
    [InlineData("\u0000\uFFFF\uD83D\uDE80")]
    public void Normalize_OddInputDoesNotThrow(string text)
    {
        _ = SentimentText.Normalize(text);
        _ = MarketLexicon.Instance.Count;
    }

    [Fact]
    public void LexiconScore_NegationDampsAndFlips()
    {
        var tokens = SentimentText.Tokenize("not bullish");
        SentimentText.MarkNegation(tokens);
        var score = LexiconScore.Of(tokens, MarketLexicon.Instance);
        Assert.True(score.Negative > 0 && score.Positive == 0);
    }

    [Fact]
    public void LexiconScore_PhraseWinsOverItsWords()
    {
        var score = LexiconScore.Of(SentimentText.Tokenize("SEC ETF approval"), MarketLexicon.Instance);
        Assert.Equal(1, score.PositiveHits);
        Assert.Equal(3f, score.Positive);
    }

    [Fact]
    public void Tokenize_EmojiAreTokensWithMarketValence()
    {
        var tokens = SentimentText.Tokenize("$BTC to the moon\U0001F680\U0001F680");
        Assert.Equal(["$tkr", "to", "the", "moon", "\U0001F680", "\U0001F680"], tokens);
        Assert.Equal(3, LexiconScore.Of(tokens, MarketLexicon.Instance).PositiveHits);
    }
}
