using Coinwire.Parsing;

namespace Coinwire.Tests.Parsing;

public class MalformedXmlTests
{
    [Fact]
    public void Parse_TruncatedFeedKeepsCompleteItems()
    {
        var xml = P.Rss("<item><title>One</title></item><item><title>Two</title></item><item><title>Thr");
        var cut = xml[..xml.IndexOf("Thr", StringComparison.Ordinal)];
        var feed = P.Xml(cut);
        Assert.Equal(["One", "Two"], feed.Items.Select(i => i.Title));
        Assert.Contains(feed.Warnings, w => w.Contains("Kept 2 complete item(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_PrefixesOfABrokenDocumentDoNotLeakIntoTheNext()
    {
        // The parser context (pre-declared prefixes) is reused per thread: scopes a cut-off document left open must go.
        P.Xml(P.Rss("<item xmlns:x=\"http://purl.org/dc/elements/1.1/\" xmlns:dc=\"urn:other\"><title>Cut"));
        var feed = P.Xml(P.Rss("<item><title>A</title><dc:creator>Ann</dc:creator></item><item><x:creator>Bob</x:creator></item>"));
        Assert.Equal(["A"], feed.Items.Select(i => i.Title));
        Assert.Equal(["Ann"], feed.Items[0].Authors);
        Assert.Contains(feed.Warnings, w => w.Contains("'x' is an undeclared prefix", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TruncatedWithoutClosingRssKeepsItems()
    {
        var feed = P.File("general/079-feedjira-invalid-date.xml");
        Assert.Equal(2, feed.Items.Count);
        Assert.Contains(feed.Warnings, w => w.StartsWith("Malformed XML", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ServerErrorCutsFeedBeforeAnyItem()
    {
        var feed = P.File("general/105-feedrs-rss2-invalid.xml");
        Assert.Equal("Reuters: Most Read Articles", feed.Title);
        Assert.Empty(feed.Items);
        Assert.NotEmpty(feed.Warnings);
    }

    [Fact]
    public void Parse_CommentBeforeXmlDeclarationAndTruncatedCdata()
    {
        var feed = P.File("general/047-fp-incomplete-cdata.xml");
        Assert.Equal("can feedparser read this xml", feed.Title);
        Assert.Empty(feed.Items);
    }

    [Fact]
    public void Parse_UnterminatedClosingRootTag()
    {
        var feed = P.File("general/048-fp-corrupted-ampersands.xml");
        Assert.Equal("http://link/get?a=1&b=2", feed.Items[0].Link);
    }

    [Fact]
    public void Parse_InvalidBytesWithBomAndUnterminatedRoot()
    {
        var feed = P.File("general/044-fp-invalid-bytes-with-bom.xml");
        Assert.Equal("Valid UTF8: ѨInvalid UTF8: España", feed.Title);
    }

    [Fact]
    public void Parse_UnescapedAmpersandInLink()
    {
        var feed = P.File("general/073-nodefp-saxerror.xml");
        Assert.Equal(3, feed.Items.Count);
        Assert.Equal("http://example.com/bad?foo=1&bar=2", feed.Items[1].Link);
        Assert.Equal("Item After Error", feed.Items[2].Title);
    }

    [Fact]
    public void Parse_UndeclaredNamespacePrefix()
    {
        var feed = P.Xml(P.Rss("<item><title>A</title><itunes:image href=\"https://example.com/a.jpg\"/></item>"));
        Assert.Equal("https://example.com/a.jpg", feed.Items[0].Image);
        Assert.Equal(FeedFormat.Rss20, P.File("general/049-fp-undeclared-namespace.xml").Format);
    }

    [Fact]
    public void Parse_UndeclaredHtmlEntities()
    {
        Assert.Equal("testing … entity", P.File("general/050-fp-entity-hellip.xml").Title);
        Assert.Equal("testing \u00A0 entity", P.File("general/051-fp-entity-nbsp.xml").Title);
        var feed = P.Xml(P.Rss("<item><title>Caf&eacute; &rsquo;n&rsquo; &amp; &lt;b&gt; &bogus; &#8364; &#x20AC;</title></item>"));
        Assert.Equal("Café ’n’ & <b> &bogus; € €", feed.Items[0].Title);
    }

    [Fact]
    public void Parse_UndeclaredHtmlEntitiesOutsideCdataInRealFeeds()
    {
        Assert.Equal(10, P.File("general/061-rssparser-itunes-href-entities.xml").Items.Count);
        Assert.Equal(20, P.File("general/103-feeder-myanimelist-no-decl.xml").Items.Count);
        Assert.Equal(25, P.File("general/014-romatoday-entities.xml").Items.Count);
    }

    [Fact]
    public void Parse_EntitiesInsideCdataAreNotTouched()
    {
        var feed = P.Xml(P.Rss("<item><description><![CDATA[a &nbsp; b & c]]></description></item>"));
        Assert.Equal("a &nbsp; b & c", feed.Items[0].Summary);
    }

    [Fact]
    public void Parse_LeadingWhitespaceBeforeXmlDeclaration()
    {
        Assert.Equal("Feed Title", P.File("general/055-gofeed-rss-leading-spaces.xml").Title);
        Assert.Equal(20, P.File("general/076-feedjira-samruby.xml").Items.Count);
        Assert.Equal(20, P.File("general/081-feedjira-techcrunch.xml").Items.Count);
    }

    [Fact]
    public void Parse_RawInvalidControlCharactersAreRemoved()
    {
        var feed = P.File("general/002-atom-special-characters.xml");
        Assert.Single(feed.Items);
        Assert.DoesNotContain(feed.Items[0].Summary ?? feed.Items[0].Content ?? string.Empty, c => c < ' ' && c is not ('\t' or '\n' or '\r'));
        var inline = P.Xml(P.Rss("<item><title>a\u0001b\u001Fc</title></item>"));
        Assert.Equal("abc", inline.Items[0].Title);
    }

    [Fact]
    public void Parse_ReferencesToNoCharacterBecomeReplacementCharacters()
    {
        // feedparser's tests/illformed/charref_out_of_range.xml
        var feed = P.Xml("<rss version=\"2.0\">\n<channel>\n<title>a &#1114112; b &#x110000; c &#55296; d &#0; e &#99999999999; f</title>\n</channel>\n</rss>");
        Assert.Equal("a \uFFFD b \uFFFD c \uFFFD d \uFFFD e \uFFFD f", feed.Title);
    }

    [Fact]
    public void Parse_SecondXmlDeclarationAfterACommentIsDropped()
    {
        var feed = P.Xml("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- note -->\n<?xml version=\"1.0\"?>\n" + P.Rss("<item><title>A</title></item>")[21..]);
        Assert.Equal("A", feed.Items[0].Title);
    }

    [Fact]
    public void Parse_IllegallyNestedItemsAreNotExtraItems()
    {
        Assert.Equal(10, P.File("general/068-nodefp-illegally-nested.xml").Items.Count);
    }

    [Fact]
    public void Parse_JunkBeforeDocumentIsSkipped()
    {
        var feed = P.Xml("Warning: something in index.php on line 3\n" + P.Rss("<item><title>A</title></item>"));
        Assert.Single(feed.Items);
        Assert.Contains(feed.Warnings, w => w.StartsWith("Skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_DeepNestingIsCutOff()
    {
        var deep = string.Concat(Enumerable.Repeat("<x>", 500)) + string.Concat(Enumerable.Repeat("</x>", 500));
        var feed = P.Xml(P.Rss("<item><title>A</title></item><item><title>B</title><description>" + deep + "</description></item>"));
        Assert.Equal(["A"], feed.Items.Select(i => i.Title));
        Assert.Contains(feed.Warnings, w => w.Contains("deeper", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OddInputsDoNotThrowUnexpectedExceptions()
    {
        string[] odd =
        [
            "<rss>", "<rss/>", "<rss><channel><item>", "<feed xmlns='http://www.w3.org/2005/Atom'><entry><title type='xhtml'>",
            "<rss><channel><item><title>&", "<rss><channel><item><title>&#xFFFFFFFF;</title></item></channel></rss>",
            "<rss><channel><item><link>&#0;</link></item></channel></rss>", "<?xml version='1.0'?>", "{\"version\":\"https://jsonfeed.org/version/1\"}",
            "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[1,\"x\",{\"id\":5,\"tags\":[1]}]}", "<rss><channel><item><![CDATA[",
        ];
        foreach (var doc in odd)
        {
            try
            {
                P.Xml(doc);
            }
            catch (FeedParseException)
            {
            }
        }
    }

    [Fact(Timeout = 10_000)]
    public async Task Parse_AdjacentCdataSectionsThenBareAmpersand_Terminates()
    {
        // ]]><![CDATA[ with a stray & after it once sent the repair scan into an endless loop.
        var xml = P.Rss("<item><title><![CDATA[a]]><![CDATA[b]]></title><description>x & y</description></item>");
        var feed = await Task.Run(() => P.Xml(xml), TestContext.Current.CancellationToken);
        Assert.Equal("ab", feed.Items[0].Title);
    }
}
