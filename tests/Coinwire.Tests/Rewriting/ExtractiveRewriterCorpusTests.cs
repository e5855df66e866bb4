using Coinwire.Articles;
using Coinwire.Rewriting;

namespace Coinwire.Tests.Rewriting;

/// <summary>The extractive rewrite of real corpus items: structure, grounding and readability, not pasted output.</summary>
public class ExtractiveRewriterCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string, int> Items => new()
    {
        { "004-bitcoinmagazine.xml", 0 },
        { "005-bitcoin-com-news.xml", 1 },
        { "008-coingape.xml", 0 },
        { "011-coinjournal.xml", 3 },
        { "017-cryptopotato.xml", 0 },
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void CorpusItem_RewritesIntoGroundedReadableSections(string file, int index)
    {
        var dir = CorpusStories.FeedsDir();
        if (dir is null)
        {
            Assert.Skip("../shared is not available");
            return;
        }
        var input = CorpusStories.Load(dir, file, index) with { Sentiment = ArticleSentiment.Neutral };
        var result = new ExtractiveRewriter().Rewrite(input);
        var body = result.ToMarkdownBody();
        output.WriteLine(input.Title);
        output.WriteLine(body);

        var findings = new List<ValidationFinding>();
        BodyRules.Check(body, 1, findings);
        Assert.Empty(findings);
        Assert.True(result.Grounded, string.Join("; ", result.DraftReasons));
        Assert.Empty(GroundingGuard.Default.Check(result.AllText(), input.GroundingTexts(), input.Coins.Select(c => c.Ticker)));
        Assert.InRange(result.Impact.Count, 2, 6);
        Assert.Equal(ExtractiveRewriter.ModelName, result.Model);

        foreach (var paragraph in new[] { result.Overview }.Concat(result.WhatHappened).Concat(result.FromAuthor).Concat(result.Impact))
        {
            Assert.False(string.IsNullOrWhiteSpace(paragraph));
            Assert.True(char.IsUpper(paragraph[0]) || paragraph[0] is '"' or '“' or '‘' || char.IsDigit(paragraph[0]), paragraph);
            Assert.Matches(@"[.!?][""”’)]?$", paragraph);
            Assert.DoesNotContain("appeared first on", paragraph, StringComparison.OrdinalIgnoreCase);
        }
        // Every number of the output is a number of the source, written the same way or a magnitude apart.
        var sourceQuantities = Quantities.Find(string.Join("\n", input.GroundingTexts()));
        Assert.All(Quantities.Find(result.AllText()), q => Assert.Contains(sourceQuantities, q.SupportedBy));
        Assert.Equal(result, new ExtractiveRewriter().Rewrite(input), RewriteResultComparer.Instance);
    }

    [Fact]
    public void CorpusItem_AppliedToArticle_PassesTheValidatorsBodyAndDescriptionRules()
    {
        var dir = CorpusStories.FeedsDir();
        if (dir is null)
        {
            Assert.Skip("../shared is not available");
            return;
        }
        var input = CorpusStories.Load(dir, "005-bitcoin-com-news.xml");
        var result = new ExtractiveRewriter().Rewrite(input);
        var article = new Article { Title = input.Title };
        var at = new DateTime(2026, 2, 4, 4, 26, 35, 377, DateTimeKind.Utc);
        result.ApplyTo(article, at);

        Assert.Equal(Description.FromOverview(result.Overview), article.Description);
        Assert.True(article.Description!.Length <= Description.MaxLength);
        Assert.False(article.Draft);
        Assert.True(article.Ai.Rewritten);
        Assert.Equal(at, article.Ai.ExpandedAt);
        Assert.Equal(at, article.UpdatedAt);
        Assert.Equal(RewriteResult.FormatVersion, article.Ai.Version);
        Assert.Equal("extractive", article.Ai.Model);
        Assert.Equal(ExtractiveRewriter.RulesVersion, article.Ai.PromptVersion);
        Assert.True(article.Ai.Grounded);
        var text = article.Render();
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.Equal(text, Article.Parse(text).Render());
    }
}
