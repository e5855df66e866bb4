using AngleSharp.Html;
using Coinwire.Parsing.Text;

namespace Coinwire.Tests.Parsing;

public class CommonEntitiesTests
{
    [Fact]
    public void EveryEntry_IsTheHtml5TablesCharacter()
    {
        Assert.True(CommonEntities.All.Count > 140);
        var different = CommonEntities.All.Where(e => HtmlEntityProvider.Resolver.GetSymbol(e.Key + ";") != e.Value).Select(e => e.Key).ToList();
        Assert.Empty(different);
    }

    [Fact]
    public void UnlistedName_IsLeftToTheFullTable()
    {
        Assert.Null(CommonEntities.WithSemicolon("CounterClockwiseContourIntegral"));
        Assert.Equal("∳", Coinwire.Normalizing.HtmlEntities.Decode("&CounterClockwiseContourIntegral;"));
    }
}
