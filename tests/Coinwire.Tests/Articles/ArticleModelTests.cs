using Coinwire.Sources;
using Coinwire.Articles;
using Coinwire.Common;

namespace Coinwire.Tests.Articles;

public class ArticleModelTests
{
    private static readonly string ReferenceText = File.ReadAllText(RepoPaths.Shared("reference", "article.md"));

    [Fact]
    public void Reference_TypedAccessorsReadEveryField()
    {
        var a = Article.Parse(ReferenceText);

        Assert.Equal("Bitcoin-Led Crypto Rout Erases Nearly Half a Trillion in a Week", a.Title);
        Assert.Equal(new DateTime(2026, 2, 4, 2, 25, 9, DateTimeKind.Utc), a.PublishedAt);
        Assert.Equal(new DateTime(2026, 2, 4, 4, 26, 35, 377, DateTimeKind.Utc), a.UpdatedAt);
        Assert.Equal("en", a.Lang);
        Assert.Equal("57716557", a.ExternalId);
        Assert.Equal("Bloomberg (Crypto)", a.Source.Name);
        Assert.Equal("bloomberg_crypto_", a.Source.Key);
        Assert.Equal(ArticleSourceType.Rss, a.Source.Type);
        Assert.Equal("BTC", a.Category);
        Assert.Equal(["BTC"], a.Tags);
        Assert.Equal(0, a.StickyWeight);
        Assert.Equal(ArticleSentiment.Negative, a.Sentiment);
        Assert.Equal(0, a.Score);
        Assert.False(a.Draft);
        Assert.StartsWith("https://images.unsplash.com/photo-1749492795606", a.CoverImage.Raw, StringComparison.Ordinal);
        Assert.StartsWith("https://s3.us-west-2.amazonaws.com/", a.CoverImage.SmallS3, StringComparison.Ordinal);
        Assert.Null(a.CoverImage.Alt);
        Assert.Null(a.CoverImage.Credit.Name);
        Assert.True(a.Ai.Rewritten);
        Assert.Equal(a.UpdatedAt, a.Ai.ExpandedAt);
        Assert.Equal(1, a.Ai.Version);
        Assert.Null(a.Ai.Model);
        Assert.Empty(a.Extras);
        Assert.StartsWith("## Overview", a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Setters_RewriteSameValues_KeepBytesIdentical()
    {
        var a = Article.Parse(ReferenceText);

        a.Title = a.Title;
        a.PublishedAt = a.PublishedAt;
        a.UpdatedAt = a.UpdatedAt;
        a.Tags = a.Tags;
        a.Score = a.Score;
        a.Sentiment = a.Sentiment;
        a.Source.Type = a.Source.Type;
        a.Ai.ExpandedAt = a.Ai.ExpandedAt;

        Assert.Equal(ReferenceText, a.Render());
    }

    [Fact]
    public void Setters_NewOptionalKeys_GoToTheirContractPlace_AndExtrasStayInPlace()
    {
        var md = "---\ntitle: T\nx-first: 1\nai:\n  rewritten: true\n  custom: keep\n  version: 1\n---\nbody\n";
        var a = Article.Parse(md);

        a.Ai.ExpandedAt = new DateTime(2026, 1, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        a.Ai.Model = "gpt";
        a.Description = "D";
        a.CoverImage.Credit.Name = "Jane";

        Assert.Equal(
            "---\ntitle: T\ndescription: D\ncoverImage:\n  credit:\n    name: Jane\nx-first: 1\nai:\n  rewritten: true\n"
            + "  expandedAt: '2026-01-02T03:04:05.006Z'\n  custom: keep\n  version: 1\n  model: gpt\n---\nbody\n",
            a.Render());
        Assert.Equal(["x-first"], a.Extras.Select(e => e.Key));
        Assert.Equal(["custom"], a.Ai.Extras.Select(e => e.Key));
    }

    [Fact]
    public void NewArticle_BuiltInAnyOrder_RendersInContractOrder()
    {
        var a = new Article { Body = "## Overview\n\nx\n" };
        a.Ai.Version = 1;
        a.Score = 5;
        a.Title = "Hello: world";
        a.Source.Type = ArticleSourceType.JsonFeed;
        a.Source.Name = "The Block";
        a.Source.Key = SourceKey.From("The Block");
        a.Tags = [];

        Assert.Equal(
            "---\ntitle: 'Hello: world'\nsource:\n  name: The Block\n  key: the_block\n  type: JSON_FEED\ntags: []\nscore: 5\nai:\n  version: 1\n---\n## Overview\n\nx\n",
            a.Render());
    }

    [Fact]
    public void SettingNull_RemovesTheKey()
    {
        var a = Article.Parse(ReferenceText);

        a.Draft = null;

        Assert.False(a.Document.Data.ContainsKey("draft"));
    }

    [Theory]
    [InlineData("Bloomberg (Crypto)", "bloomberg_crypto_")]
    [InlineData("CoinDesk", "coindesk")]
    [InlineData("The Block: Daily", "the_block_daily")]
    [InlineData("  Spaces  ", "_spaces_")]
    [InlineData("Börse Online", "b_rse_online")]
    [InlineData("", "")]
    [InlineData("A-1 News 24/7", "a_1_news_24_7")]
    public void SourceKey_From_LowercasesAndReplacesNonAlphanumericRuns(string name, string key)
    {
        Assert.Equal(key, SourceKey.From(name));
    }

    [Fact]
    public void Description_FromReferenceOverview_Keeps173CharactersThenEllipsis()
    {
        var overview = BodyOverview(ReferenceText);

        var description = Description.FromOverview(overview);

        Assert.Equal(174, description.Length);
        Assert.EndsWith("in less than a week. This\u2026", description, StringComparison.Ordinal);
        // The reference stores the same text, its ellipsis mis-decoded as "â€¦".
        Assert.Equal(Article.Parse(ReferenceText).Description![..^3], description[..^1]);
    }

    [Theory]
    [InlineData(175, false)]
    [InlineData(176, true)]
    public void Description_ShortOverview_IsKeptWhole_LongerIsCut(int length, bool cut)
    {
        var text = string.Join(' ', Enumerable.Repeat("abcd", 60))[..length].TrimEnd() + (length == 175 ? "" : "");
        text = text.PadRight(length, 'x');

        var description = Description.FromOverview(text);

        Assert.Equal(cut, description.EndsWith('\u2026'));
        Assert.True(description.Length <= Description.MaxLength);
    }

    [Fact]
    public void Description_CutExactlyAtWordBoundary_Keeps175()
    {
        var text = new string('a', 175) + " tail";

        Assert.Equal(new string('a', 175) + "\u2026", Description.FromOverview(text));
    }

    [Fact]
    public void Description_OneHugeWord_IsHardCut()
    {
        Assert.Equal(new string('a', 175) + "\u2026", Description.FromOverview(new string('a', 400)));
    }

    private static string BodyOverview(string md)
    {
        var body = FrontMatterDocument.Parse(md).Body;
        return body.Split("\n\n")[1];
    }
}
