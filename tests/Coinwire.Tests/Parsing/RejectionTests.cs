using System.Text;
using Coinwire.Parsing;

namespace Coinwire.Tests.Parsing;

public class RejectionTests
{
    [Fact]
    public void Parse_HtmlPageIsRejectedWithClearError()
    {
        var html = "<!DOCTYPE html>\n<html lang=en><head><title>CoinDesk</title><meta charset=utf-8></head><body><p>Hi<br></body></html>";
        var ex = Assert.Throws<FeedParseException>(() => P.Xml(html));
        Assert.Equal(FeedParseError.HtmlPage, ex.Error);
        Assert.Equal("HTML page, not a feed.", ex.Message);
        Assert.Equal(FeedParseError.HtmlPage, Assert.Throws<FeedParseException>(() => P.Xml("<html><body>x</body></html>")).Error);
    }

    [Fact]
    public void Parse_XhtmlDoctypeOnAnRssDocumentIsAFeed()
    {
        // feedparser's tests/illformed/always_strip_doctype.xml
        var feed = P.Xml("<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://site.invalid/\">\n<!-- c -->\n<rss>\n<channel>\n<title>found</title>\n</channel>\n</rss>");
        Assert.Equal("found", feed.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    [InlineData("\uFEFF")]
    public void Parse_EmptyFileIsRejected(string text)
    {
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(FeedParseError.Empty, ex.Error);
    }

    [Fact]
    public void Parse_BinaryIsRejected()
    {
        byte[] gzip = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03];
        Assert.Equal(FeedParseError.Binary, Assert.Throws<FeedParseException>(() => FeedParser.Parse(gzip)).Error);
        var noise = Enumerable.Range(0, 2048).Select(i => (byte)(i * 7919 % 251)).ToArray();
        Assert.Equal(FeedParseError.Binary, Assert.Throws<FeedParseException>(() => FeedParser.Parse(noise)).Error);
    }

    [Fact]
    public void Parse_UnknownXmlRootIsRejected()
    {
        var ex = Assert.Throws<FeedParseException>(() => P.Xml("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        Assert.Equal(FeedParseError.UnknownXmlRoot, ex.Error);
        Assert.Contains("svg", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PrefixedFeedRootInAnotherNamespaceIsRejected()
    {
        var ex = Assert.Throws<FeedParseException>(() => P.Xml("<x:feed xmlns:x=\"urn:other\"><x:entry><x:title>One</x:title></x:entry></x:feed>"));
        Assert.Equal(FeedParseError.UnknownXmlRoot, ex.Error);
    }

    [Fact]
    public void Parse_RssInJsonIsRejected()
    {
        var ex = Assert.Throws<FeedParseException>(() => P.File("general/087-nnw-scriptingnews-json.json"));
        Assert.Equal(FeedParseError.NotJsonFeed, ex.Error);
    }

    [Fact]
    public void Parse_PlainTextIsRejected()
    {
        var ex = Assert.Throws<FeedParseException>(() => P.Xml("just some words"));
        Assert.Equal(FeedParseError.Malformed, ex.Error);
    }

    [Fact]
    public void Parse_StreamOverloadReadsTheWholeStream()
    {
        using var stream = new MemoryStream(Corpus.Bytes("crypto/014-cryptodaily-large.xml"));
        Assert.Equal(200, FeedParser.Parse(stream).Items.Count);
    }
}
