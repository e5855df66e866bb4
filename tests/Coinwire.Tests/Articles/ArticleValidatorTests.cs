using Coinwire.Articles;
using Coinwire.Common;
using Coinwire.Normalizing;

namespace Coinwire.Tests.Articles;

public class ArticleValidatorTests
{
    private static readonly string Reference = File.ReadAllText(RepoPaths.Shared("reference", "article.md"));

    [Fact]
    public void Reference_HasNoErrors_AndOnlyTheMojibakeWarning()
    {
        var findings = ArticleValidator.Check(Reference);

        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
        var warnings = findings.Where(f => f.Severity == FindingSeverity.Warning).ToList();
        var description = Article.Parse(Reference).Description!;
        // One warning once Normalizing.Mojibake is implemented (it is a stub returning false until then).
        Assert.Equal(Mojibake.IsLikely(description) ? 1 : 0, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("mojibake", w.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("lang: en", "lang: EN", "lang")]
    [InlineData("lang: en", "lang: eng", "lang")]
    [InlineData("sentiment: NEGATIVE", "sentiment: BAD", "sentiment")]
    [InlineData("sentiment: NEGATIVE", "sentiment: negative", "sentiment")]
    [InlineData("  type: RSS", "  type: FEED", "source.type")]
    [InlineData("  key: bloomberg_crypto_", "  key: bloomberg", "source.key")]
    [InlineData("category: BTC", "category: Bitcoin", "category")]
    [InlineData("publishedAt: '2026-02-04T02:25:09.000Z'", "publishedAt: '2026-02-04T02:25:09Z'", "publishedAt")]
    [InlineData("publishedAt: '2026-02-04T02:25:09.000Z'", "publishedAt: 2026-02-04T02:25:09.000Z", "publishedAt")]
    [InlineData("publishedAt: '2026-02-04T02:25:09.000Z'", "publishedAt: '2026-02-30T02:25:09.000Z'", "publishedAt")]
    [InlineData("updatedAt: '2026-02-04T04:26:35.377Z'", "updatedAt: '2026-02-04 04:26:35.377'", "updatedAt")]
    [InlineData("  expandedAt: '2026-02-04T04:26:35.377Z'", "  expandedAt: 'soon'", "ai.expandedAt")]
    [InlineData("score: 0", "score: 101", "score")]
    [InlineData("score: 0", "score: -1", "score")]
    [InlineData("score: 0", "score: 1.5", "score")]
    [InlineData("stickyWeight: 0", "stickyWeight: '0'", "stickyWeight")]
    [InlineData("draft: false", "draft: 'no'", "draft")]
    [InlineData("draft: false\n", "", "draft")]
    [InlineData("externalId: '57716557'", "externalId: 57716557", "externalId")]
    [InlineData("tags:\n  - BTC", "tags: BTC", "tags")]
    [InlineData("tags:\n  - BTC", "tags:\n  - 1", "tags[0]")]
    [InlineData("  version: 1", "  version: x", "ai.version")]
    [InlineData("  rewritten: true", "  rewritten: 1", "ai.rewritten")]
    [InlineData("  small_s3: 'https://s3.us-west-2.amazonaws.com/images.unsplash.com/small/photo-1749492795606-51d9898710ca'\n", "", "coverImage.small_s3")]
    [InlineData("  raw: 'https://images", "  raw: 'ftp://images", "coverImage.raw")]
    [InlineData("coverImage:\n", "coverImage: x\nnothing:\n", "coverImage")]
    [InlineData("title: Bitcoin-Led", "title: ''\nx: Bitcoin-Led", "title")]
    [InlineData("## From author", "## From the author", "body")]
    [InlineData("## What Happened\n", "## Impact on the crypto market\n", "body")]
    [InlineData("capitalization.\n\n## What", "capitalization.\n\nSecond paragraph.\n\n## What", "body")]
    [InlineData("- The selloff may", "The selloff may", "body")]
    [InlineData("---\n## Overview", "---\n\n## Overview", "body")]
    [InlineData("investments.\n", "investments.\n\n", "file")]
    [InlineData("investments.\n", "investments.", "file")]
    public void Mutation_IsReportedAsError(string from, string to, string field)
    {
        Assert.Contains(from, Reference, StringComparison.Ordinal);
        var findings = ArticleValidator.Check(ReplaceFirst(Reference, from, to));

        Assert.Contains(findings, f => f.Severity == FindingSeverity.Error && f.Field == field);
    }

    [Fact]
    public void KeysOutOfOrder_AreErrors()
    {
        var swapped = ReplaceFirst(Reference, "lang: en\nexternalId: '57716557'\n", "externalId: '57716557'\nlang: en\n");

        var findings = ArticleValidator.Check(swapped);

        Assert.Contains(findings, f => f.Severity == FindingSeverity.Error && f.Field == "lang" && f.Message.Contains("out of order", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownKey_IsAWarning_AndOptionalCoverImageKeysAreNot()
    {
        var text = ReplaceFirst(Reference, "ai:\n", "extraKey: 1\nai:\n")
            .Replace("  small_s3: 'https://s3.us-west-2.amazonaws.com/images.unsplash.com/small/photo-1749492795606-51d9898710ca'\n",
                "  small_s3: 'https://s3.us-west-2.amazonaws.com/images.unsplash.com/small/photo-1749492795606-51d9898710ca'\n  alt: A chart\n  credit:\n    name: Jane\n    url: 'https://unsplash.com/@jane'\n  provider: unsplash\n", StringComparison.Ordinal);

        var findings = ArticleValidator.Check(text);

        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
        Assert.Single(findings, f => f.Severity == FindingSeverity.Warning && f.Field == "extraKey");
    }

    [Fact]
    public void DescriptionLongerThan176_IsAnError_176IsAllowed()
    {
        var longer = ArticleValidator.Check(ReplaceFirst(Reference, "This\u00e2\u20ac\u00a6'", "This sh\u2026'"));
        var limit = ArticleValidator.Check(ReplaceFirst(Reference, "This\u00e2\u20ac\u00a6'", "This s\u2026'"));

        Assert.Contains(longer, f => f.Severity == FindingSeverity.Error && f.Field == "description");
        Assert.DoesNotContain(limit, f => f.Severity == FindingSeverity.Error && f.Field == "description");
    }

    [Fact]
    public void MalformedYaml_IsOneErrorWithLine()
    {
        var findings = ArticleValidator.Check("---\ntitle: 'open\n---\nbody\n");

        var finding = Assert.Single(findings);
        Assert.Equal("file", finding.Field);
        Assert.Contains("line", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CrlfFile_IsAnError()
    {
        var findings = ArticleValidator.Check(Reference.ReplaceLineEndings("\r\n"));

        Assert.Contains(findings, f => f.Severity == FindingSeverity.Error && f.Field == "file");
    }

    [Fact]
    public void NonCanonicalYaml_IsAWarning()
    {
        var findings = ArticleValidator.Check(ReplaceFirst(Reference, "lang: en", "lang: 'en'"));

        Assert.Contains(findings, f => f.Severity == FindingSeverity.Warning && f.Field == "file" && f.Message.StartsWith("line 6:", StringComparison.Ordinal));
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var i = text.IndexOf(from, StringComparison.Ordinal);
        return text[..i] + to + text[(i + from.Length)..];
    }
}
