using Coinwire.Articles;
using Coinwire.Common;

namespace Coinwire.Tests.Articles;

public class ReferenceArticleTests
{
    private static readonly string ReferenceText = File.ReadAllText(RepoPaths.Shared("reference", "article.md"));

    [Fact]
    public void Reference_ParseThenRender_IsByteIdentical()
    {
        var doc = FrontMatterDocument.Parse(ReferenceText);

        Assert.Equal(ReferenceText, doc.Render());
    }

    [Fact]
    public void Reference_QuotedTimestampsAndIdsStayStrings()
    {
        var doc = FrontMatterDocument.Parse(ReferenceText);

        Assert.Equal(ScalarKind.String, ((FrontMatterScalar)doc.Data["publishedAt"]!).Kind);
        Assert.Equal("57716557", ((FrontMatterScalar)doc.Data["externalId"]!).StringValue);
        Assert.Equal(ScalarKind.Int, ((FrontMatterScalar)doc.Data["score"]!).Kind);
        Assert.StartsWith("## Overview\n", doc.Body, StringComparison.Ordinal);
    }
}
