using Coinwire.Parsing;

namespace Coinwire.Tests.Parsing;

public class RdfTests
{
    [Fact]
    public void Parse_Rss10ItemsAreSiblingsOfChannel()
    {
        var feed = P.File("general/009-rss10-orf-at.xml");
        Assert.Equal(FeedFormat.Rss10, feed.Format);
        Assert.Equal("news.ORF.at", feed.Title);
        Assert.Equal("de", feed.Language);
        Assert.Equal(50, feed.Items.Count);
        Assert.Equal("http://orf.at/stories/2376368/", feed.Items[0].Id);
        Assert.Equal("US-Band New Edition mit Stern auf „Walk of Fame“ geehrt", feed.Items[0].Title);
    }

    [Fact]
    public void Parse_Rss10DcDateIsPublished()
    {
        var item = P.File("general/009-rss10-orf-at.xml").Items[0];
        Assert.NotNull(item.PublishedRaw);
        Assert.Contains("+01:00", item.PublishedRaw, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Rss090NetscapeNamespace()
    {
        var feed = P.File("general/027-miniflux-rdf-utf8.xml");
        Assert.Equal(FeedFormat.Rss090, feed.Format);
        Assert.Equal(60, feed.Items.Count);
        Assert.Equal("OLED-TVs: Vorsichtsmaßnahmen gegen Einbrennen", feed.Items[0].Title);
    }

    [Fact]
    public void Parse_RdfImageTitleIsNotTheChannelTitle()
    {
        var feed = P.File("general/097-feeder-slashdot-rdf-latin1.xml");
        Assert.Equal(15, feed.Items.Count);
        Assert.StartsWith("Slashdot", feed.Title, StringComparison.Ordinal);
    }
}
