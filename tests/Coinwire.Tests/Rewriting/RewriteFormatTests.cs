using Coinwire.Articles;
using Coinwire.Rewriting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Coinwire.Tests.Rewriting;

public class RewriteFormatTests
{
    private static readonly RewriteResult Sample = new()
    {
        Overview = "One  paragraph\nof overview.",
        WhatHappened = ["First fact.", "Second fact."],
        FromAuthor = ["In our view, fine."],
        Impact = ["One.", "Two."],
    };

    [Fact]
    public void ToMarkdownBody_IsExactlyTheContractLayout() =>
        Assert.Equal(
            "## Overview\n\nOne paragraph of overview.\n\n## What Happened\n\nFirst fact.\n\nSecond fact.\n\n"
            + "## From author\n\nIn our view, fine.\n\n## Impact on the crypto market\n\n- One.\n- Two.\n",
            Sample.ToMarkdownBody());

    [Fact]
    public void ApplyTo_UngroundedResult_MakesADraft()
    {
        var article = new Article { Title = "T" };
        (Sample with { Grounded = false, DraftReasons = ["name \"X Y\" is not in the sources"] }).ApplyTo(article, DateTime.UtcNow);
        Assert.True(article.Draft);
        Assert.False(article.Ai.Grounded);
        Assert.DoesNotContain(ArticleValidator.Check(article.Render()), f => f.Field == "body");
    }

    [Fact]
    public void RewriteJson_ReadsFencedAndSnakeCaseAnswers()
    {
        var parsed = RewriteJson.TryParse("```json\n{\"overview\":\"O.\",\"what_happened\":\"A.\\n\\nB.\",\"FromAuthor\":[\"V.\"],\"impact\":[\"- I.\"]}\n```");
        Assert.NotNull(parsed);
        Assert.Equal(["A.", "B."], parsed.WhatHappened);
        Assert.Equal(["I."], parsed.Impact);
        Assert.Null(RewriteJson.TryParse("{\"overview\":\"O.\",\"whatHappened\":[],\"fromAuthor\":[\"V.\"],\"impact\":[\"I.\"]}"));
        Assert.Null(RewriteJson.TryParse("{not json"));
    }

    [Fact]
    public void MarkdownParser_ReadsBoldHeadingsAndNumberedBullets()
    {
        var parsed = MarkdownSectionsParser.TryParse("**Overview**\nO one.\nO two.\n\n**What Happened:**\nA.\n\n**From the author**\nV.\n\n**Impact on the crypto market**\n1. I.\n2. J.");
        Assert.NotNull(parsed);
        Assert.Equal("O one. O two.", parsed.Overview);
        Assert.Equal(["I.", "J."], parsed.Impact);
        Assert.Null(MarkdownSectionsParser.TryParse("## Overview\n\nOnly one section."));
    }

    [Fact]
    public void Sentences_KeepAbbreviationsAndQuotesTogether_AndBreakAtLines()
    {
        Assert.Equal(
            ["Mr. Powell spoke on Feb. 4 in the U.S. capital.", "“We are cautious. Very cautious,” he said.", "Heading", "Next line here."],
            Sentences.Split("Mr. Powell spoke on Feb. 4 in the U.S. capital. “We are cautious. Very cautious,” he said.\nHeading\nNext line here."));
        Assert.True(Sentences.IsBoilerplate("The post Bitcoin rallies appeared first on CoinDesk."));
        Assert.True(Sentences.IsBoilerplate("Do you think bitcoin will rally this week?"));
    }

    [Fact]
    public void TokenBudget_CountsPerUtcDay_AndPersists()
    {
        var path = Path.Combine(Path.GetTempPath(), "coinwire-budget-" + Guid.NewGuid().ToString("N") + ".json");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 2, 4, 23, 0, 0, TimeSpan.Zero));
        try
        {
            var budget = new TokenBudget(1000, path, time);
            budget.Record(900);
            Assert.True(budget.CanSpend(100));
            Assert.False(budget.CanSpend(101));
            Assert.Equal(900, new TokenBudget(1000, path, time).UsedToday);
            time.Advance(TimeSpan.FromHours(2));
            Assert.Equal(0, budget.UsedToday);
            Assert.Equal(0, new TokenBudget(1000, path, time).UsedToday);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RewriteCache_KeyDependsOnPromptModelAndInput()
    {
        var k = RewriteCache.Key("rewrite-v1", "m", "{}");
        Assert.Equal(64, k.Length);
        Assert.NotEqual(k, RewriteCache.Key("rewrite-v2", "m", "{}"));
        Assert.NotEqual(k, RewriteCache.Key("rewrite-v1", "n", "{}"));
        Assert.NotEqual(k, RewriteCache.Key("rewrite-v1", "m", "{ }"));
    }

    [Theory]
    [InlineData(null, typeof(ExtractiveRewriter))]
    [InlineData("http://127.0.0.1:9/v1", typeof(LlmRewriter))]
    public void AddRewriting_PicksTheModelOnlyWhenConfigured(string? endpoint, Type expected)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = endpoint,
            ["Llm:Model"] = "m",
        }).Build();
        using var sp = new ServiceCollection().AddSingleton<IConfiguration>(config).AddRewriting().BuildServiceProvider();
        Assert.IsType(expected, sp.GetRequiredService<IRewriter>());
    }
}
