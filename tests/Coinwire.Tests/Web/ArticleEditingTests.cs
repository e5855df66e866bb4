using Coinwire.Articles;
using Coinwire.Publishing;

namespace Coinwire.Tests.Web;

public class ArticleEditingTests
{
    [Fact]
    public void Sections_SplitThenJoin_ReferenceBodyUnchanged()
    {
        var body = Article.Parse(WebFixture.ReferenceText).Body;

        var sections = ArticleSections.Split(body);

        Assert.Equal(["Overview", "What Happened", "From author", "Impact on the crypto market"], sections.Select(s => s.Heading));
        Assert.Equal(body, ArticleSections.Join(sections));
    }

    [Fact]
    public void Edit_SameTitleAndSections_RendersTheSameFile()
    {
        var a = Article.Parse(WebFixture.ReferenceText);

        var edited = ArticleEditor.Edit(WebFixture.ReferenceText, a.Title!, ArticleSections.Split(a.Body));

        // The description is recomputed from the Overview, which repairs nothing here but drops the stored mojibake.
        Assert.Equal(a.Body, edited.Body);
        Assert.Equal(Description.FromOverview(ArticleSections.Split(a.Body)[0].Text), edited.Description);
        Assert.Equal(WebFixture.ReferenceText.Split("---\n")[2], edited.Render().Split("---\n")[2]);
    }

    [Fact]
    public void Sections_OddInput_DoesNotThrow()
    {
        foreach (var body in new[] { "", "\n", "no headings\n", "## \n", "##NoSpace\n## A\r\n\r\ntext\r\n" })
        {
            var joined = ArticleSections.Join(ArticleSections.Split(body));
            Assert.EndsWith("\n", joined, StringComparison.Ordinal);
        }
    }
}
