using System.Text.RegularExpressions;
using Coinwire.Articles;
using Coinwire.Rewriting;

namespace Coinwire.Tests.Rewriting;

public class ExtractiveRewriterTests
{
    [Fact]
    public void ShortSummary_StillFillsEverySection_WithTemplatesThatAddNoNumbersOrNames()
    {
        var input = new RewriteInput
        {
            Title = "Solana validators push upgrade",
            Sources = [new RewriteSource("Decrypt", "Solana validators push upgrade", "Solana validators are pushing a network upgrade that cuts fees by 20%.")],
            Coins = [new RewriteCoin("SOL", "Solana")],
            Sentiment = ArticleSentiment.Positive,
            Topics = ["TECHNOLOGY"],
        };
        var result = new ExtractiveRewriter().Rewrite(input);

        Assert.Equal("Solana validators are pushing a network upgrade that cuts fees by 20%.", result.Overview);
        Assert.Contains("Decrypt reported the story under the headline “Solana validators push upgrade”.", result.WhatHappened[0], StringComparison.Ordinal);
        var templates = string.Join(" ", result.FromAuthor.Concat(result.Impact));
        Assert.DoesNotMatch(@"\d", templates);
        Assert.DoesNotContain(NamedEntities.Find(templates), e => e is not ("Solana" or "SOL"));
        Assert.True(result.Grounded);
        Assert.Null(result.FallbackReason);
    }

    [Fact]
    public void UnattributedAnalysis_IsAttributedToThePublisher_AndAttributedQuotesStayAsWritten()
    {
        var input = new RewriteInput
        {
            Title = "Ether climbs",
            Sources =
            [
                new RewriteSource("CoinDesk", "Ether climbs", "Ether rose 5% on Tuesday after the upgrade went live on mainnet. "
                    + "Analysts expect the rally to continue into the weekend. "
                    + "“This is a very important milestone for the network,” said Jane Doe, a researcher at Example Labs."),
            ],
            Coins = [new RewriteCoin("ETH", "Ethereum")],
        };
        var result = new ExtractiveRewriter().Rewrite(input);
        var view = result.FromAuthor[0];

        Assert.Contains("According to CoinDesk, analysts expect the rally to continue into the weekend.", view, StringComparison.Ordinal);
        Assert.Contains("“This is a very important milestone for the network,” said Jane Doe, a researcher at Example Labs.", view, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("According to CoinDesk, “This"), view);
        Assert.True(result.Grounded, string.Join("; ", result.DraftReasons));
    }

    [Fact]
    public void PromptInjectionInTheSource_IsJustASentence_NeverAnInstruction()
    {
        var input = Answer.Story(Answer.Injection);
        var result = new ExtractiveRewriter().Rewrite(input);
        Assert.DoesNotContain(result.Impact, b => b.Contains("10x", StringComparison.Ordinal));
        Assert.True(result.Grounded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData("“unterminated quote. And more.")]
    public void OddSourceText_DoesNotThrow_AndKeepsTheStructure(string text)
    {
        var input = new RewriteInput { Title = "T", Sources = [new RewriteSource("S", "A title", text)] };
        var findings = new List<ValidationFinding>();
        BodyRules.Check(new ExtractiveRewriter().Rewrite(input).ToMarkdownBody(), 1, findings);
        Assert.Empty(findings);
    }
}
