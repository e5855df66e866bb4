using Coinwire.Parsing;

namespace Coinwire.Tests.Parsing;

public class JsonFeedTests
{
    [Fact]
    public void Parse_JsonFeed10WithAttachments()
    {
        var feed = P.File("general/053-fp-jsonfeed-example.json");
        Assert.Equal(FeedFormat.JsonFeed10, feed.Format);
        Assert.Equal("My Example Feed", feed.Title);
        var item = feed.Items[0];
        Assert.Equal("2", item.Id);
        Assert.Equal("https://example.org/second-item", item.Link);
        Assert.Equal(["me"], item.Authors);
        Assert.Equal(new FeedEnclosure("https://example.org/second-item-show.mp4", "video/mp4", 12000000), item.Enclosures[0]);
    }

    [Fact]
    public void Parse_JsonFeedLoneSurrogateEscapes_BecomeReplacementCharacters()
    {
        var json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Cut \ud83d", "items": [
              {"id": "1", "title": "Rocket \ud83d\ude80 and \udc00 alone", "content_html": "<p>a\\ud800b</p>"}]}
            """;
        var feed = FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Equal("Cut \ufffd", feed.Title);
        Assert.Equal("Rocket \ud83d\ude80 and \ufffd alone", feed.Items[0].Title);
        Assert.Equal("<p>a\\ud800b</p>", feed.Items[0].Content);
    }

    [Fact]
    public void Parse_JsonFeedBareVersion11()
    {
        var feed = P.File("general/056-gofeed-jsonfeed-11.json");
        Assert.Equal(FeedFormat.JsonFeed11, feed.Format);
        Assert.NotEmpty(feed.Warnings);
        var item = feed.Items[0];
        Assert.Equal("https://sample-json-feed.com/image.png", item.Image);
        Assert.Equal(new DateTimeOffset(2019, 10, 12, 7, 20, 50, 520, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void Parse_JsonFeedHttpVersionUrl()
    {
        var feed = P.File("general/088-nnw-pxlnv-json.json");
        Assert.Equal(FeedFormat.JsonFeed10, feed.Format);
        Assert.Equal(20, feed.Items.Count);
    }

    [Fact]
    public void Parse_JsonFeedAuthorsVariants()
    {
        var feed = P.File("general/089-nnw-authors-json.json");
        Assert.Equal(FeedFormat.JsonFeed11, feed.Format);
        // JSON Feed 1.1: "authors" supersedes the deprecated "author" (the oracle reader preferred "author").
        Assert.Equal(["Root Author 1", "Root Author 2"], feed.Items[0].Authors);
        Assert.Equal(["Legacy Item Author"], feed.Items[1].Authors);
    }

    [Fact]
    public void Parse_JsonFeedEscapedUris()
    {
        var item = P.File("general/082-feedjira-jsonfeed-escaped-uris.json").Items[0];
        Assert.Equal("https://lukedorny.com/updates/new-font", item.Link);
        Assert.Equal("https://lukedorny.com/media/pages/updates/new-font/4d77b179bd-1736211467/asketch1-500x-crop.jpg", item.Image);
    }

    [Fact]
    public void Parse_JsonFeedContentTextIsEscapedHtml()
    {
        var json = """{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":7,"content_text":"a < b","summary":"s & t","tags":["x","y"]}]}""";
        var item = P.Xml(json).Items[0];
        Assert.Equal("7", item.Id);
        Assert.Equal("a &lt; b", item.Content);
        Assert.Equal("s &amp; t", item.Summary);
        Assert.Equal(["x", "y"], item.Categories);
    }
}
