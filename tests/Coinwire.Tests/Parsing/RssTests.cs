using Coinwire.Parsing;

namespace Coinwire.Tests.Parsing;

public class RssTests
{
    [Fact]
    public void Parse_DescriptionRepeatedAsContentEncodedIsOneString()
    {
        var feed = P.Xml(P.Rss("<item><guid>https://e.com/1</guid><link>https://e.com/1</link><description><![CDATA[<p>Body</p>]]></description><content:encoded><![CDATA[<p>Body</p>]]></content:encoded></item>"));
        var item = feed.Items[0];
        Assert.Equal("<p>Body</p>", item.Content);
        Assert.Same(item.Summary, item.Content);
        Assert.Same(item.Id, item.Link);
    }

    [Fact]
    public void Parse_DescriptionDifferingFromContentEncodedKeepsBoth()
    {
        var feed = P.Xml(P.Rss("<item><title>A</title><description><![CDATA[<p>Body</p>]]></description><content:encoded><![CDATA[<p>Body</p> and more]]></content:encoded></item>"));
        Assert.Equal("<p>Body</p>", feed.Items[0].Summary);
        Assert.Equal("<p>Body</p> and more", feed.Items[0].Content);
    }

    [Fact]
    public void Parse_AtomNamespaceWithTrailingSlash()
    {
        var feed = P.File("crypto/028-cointelegraph-2019.xml");
        Assert.Equal("https://cointelegraph.com", feed.Link);
        Assert.Equal(30, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("https://cointelegraph.com/news/ceo-of-telecoms-giant-swisscoms-blockchain-unit-steps-down", first.Link);
        Assert.Contains("images.cointelegraph.com/images/528_", first.Image, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AtomLinkInTrailingSlashNamespaceGivesItemLink()
    {
        var xml = """
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom/"><channel><title>t</title>
            <item><title>a</title><atom:link rel="alternate" href="https://example.com/a"/></item></channel></rss>
            """;
        Assert.Equal("https://example.com/a", P.Xml(xml).Items[0].Link);
    }

    [Fact]
    public void Parse_LinkFromPermalinkGuid()
    {
        var feed = P.File("crypto/034-cointelegraph-trimmed-2026.xml");
        Assert.Equal("https://cointelegraph.com/news/cftc-ai-compute-futures-cme-october-launch", feed.Items[0].Link);
        var notPermalink = P.Xml(P.Rss("<item><guid isPermaLink=\"false\">https://example.com/x</guid></item>"));
        Assert.Null(notPermalink.Items[0].Link);
        Assert.Equal("https://example.com/x", notPermalink.Items[0].Id);
    }

    [Fact]
    public void Parse_AttributeOnlyLinkElementsAreIgnored()
    {
        var feed = P.File("crypto/001-coindesk-arc-2022.xml");
        Assert.Equal("https://www.coindesk.com", feed.Link);
        Assert.StartsWith("https://www.coindesk.com/markets/2022/12/05/first-mover-asia", feed.Items[0].Link, StringComparison.Ordinal);
        Assert.Equal(["Sam Reynolds, James Rubin"], feed.Items[0].Authors);
    }

    [Fact]
    public void Parse_FeedburnerOrigLinkIsPreferred()
    {
        var item = P.File("crypto/035-reuters-2018.xml").Items[0];
        Assert.Equal("http://www.reuters.com/article/us-mideast-crisis-iraq-turkey-abadi-idUSKBN14R0D4?feedType=RSS&feedName=worldNews", item.Link);
    }

    [Fact]
    public void Parse_EscapedMarkupInChannelTitleStaysText()
    {
        Assert.Equal("<title>", P.File("crypto/012-coinspeaker-feedburner.xml").Title);
    }

    [Fact]
    public void Parse_AlternateAtomLinkIsTheChannelLinkWhenThereIsNoRssLink()
    {
        Assert.Equal("http://www.example.com/", P.File("general/083-feedjira-a10-bom-crlf.xml").Link);
        var withRssLink = P.Xml(P.Rss("", "<atom:link xmlns:atom=\"http://www.w3.org/2005/Atom\" href=\"https://e.com/feed\" rel=\"self\"/>"
            + "<atom:link xmlns:atom=\"http://www.w3.org/2005/Atom\" href=\"https://e.com/atom-site\"/><link>https://e.com/</link>"));
        Assert.Equal("https://e.com/", withRssLink.Link);
    }

    [Fact]
    public void Parse_DublinCoreTitleDescriptionAndAuthorWhenTheRssOnesAreMissing()
    {
        // feedparser's tests/wellformed/rss/item_dc_title.xml, item_dc_description.xml, item_dc_author.xml, channel_dc_title.xml
        var feed = P.Xml("""
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><dc:title>Example feed</dc:title>
            <item><dc:title>Example title</dc:title><dc:description>Example description</dc:description><dc:author>Example editor</dc:author></item>
            <item><dc:title>DC</dc:title><title>RSS</title><description>RSS text</description><dc:description>DC text</dc:description></item>
            </channel></rss>
            """);
        Assert.Equal("Example feed", feed.Title);
        Assert.Equal(("Example title", "Example description", "Example editor"), (feed.Items[0].Title, feed.Items[0].Summary, feed.Items[0].Authors.Single()));
        Assert.Equal(("RSS", "RSS text"), (feed.Items[1].Title, feed.Items[1].Summary));
    }

    [Fact]
    public void Parse_XhtmlBodyAndFullitemAreTheContent()
    {
        // feedparser's tests/wellformed/rss/item_xhtml_body.xml and item_fullitem.xml
        var feed = P.Xml("""
            <rss version="2.0"><channel>
            <item><body xmlns="http://www.w3.org/1999/xhtml"><p>Example content</p></body></item>
            <item><fullitem>&lt;p&gt;Example content&lt;/p&gt;</fullitem></item>
            </channel></rss>
            """);
        Assert.Equal(["<p>Example content</p>", "<p>Example content</p>"], feed.Items.Select(i => i.Content));
    }

    [Fact]
    public void Parse_ItemWithNoTextTakesItsMediaDescriptionAsSummary()
    {
        // CoinDesk's feed (crypto/001) leaves <description> empty and describes each story only in the photo caption.
        var feed = P.File("crypto/001-coindesk-arc-2022.xml");
        Assert.Equal("Bitcoin was hovering near $17.3K. (Oliver Furrer/Getty Images)", feed.Items[0].Summary);
    }

    [Fact]
    public void Parse_PlainMediaDescriptionIsEscapedAndTextfulItemKeepsItsDescription()
    {
        var feed = P.Xml(P.Rss("""
            <item><title>A</title><description></description><media:content url="https://e.com/a.jpg"><media:description>1 &lt; 2 &amp; "q"</media:description></media:content></item>
            <item><title>B</title><description>Story B</description><media:content url="https://e.com/b.jpg"><media:description>Caption B</media:description></media:content></item>
            """));
        Assert.Equal(["1 &lt; 2 &amp; &quot;q&quot;", "Story B"], feed.Items.Select(i => i.Summary));
    }

    [Fact]
    public async Task Parse_MediaGroupWithElementsAfterItsDescriptionIsReadToTheEnd()
    {
        // `description ??= Read(...)` inside media:group stopped moving the reader after the first description.
        var ct = TestContext.Current.CancellationToken;
        var feed = await Task.Run(() => P.Xml(P.Rss("""
            <item><title>A</title><media:group><media:description>Video A</media:description><media:thumbnail url="https://e.com/a.jpg"/><media:description>Other</media:description></media:group></item>
            <item><title>B</title></item>
            """)), ct).WaitAsync(TimeSpan.FromSeconds(30), ct);
        Assert.Equal(["Video A", null], feed.Items.Select(i => i.Summary));
        Assert.Equal("https://e.com/a.jpg", feed.Items[0].Image);
    }

    [Fact]
    public async Task Parse_ChannelWithTwoAlternateAtomLinksTakesTheFirst()
    {
        // Used to loop forever on the second link (found by fuzzing with MutatedCorpusTests' mutations).
        var ct = TestContext.Current.CancellationToken;
        var feed = await Task.Run(() => P.Xml("""
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title>
            <atom:link rel="alternate" href="https://a.example/"/><atom:link rel="alternate" href="https://b.example/"/>
            <item><title>I</title></item></channel></rss>
            """), ct).WaitAsync(TimeSpan.FromSeconds(30), ct);
        Assert.Equal(("https://a.example/", "I"), (feed.Link, feed.Items.Single().Title));
    }

    [Fact]
    public void Parse_AtomAuthorInRssItem()
    {
        Assert.Equal(["John Doe"], P.File("general/083-feedjira-a10-bom-crlf.xml").Items[0].Authors);
    }

    [Fact]
    public void Parse_DcDateNextToDctermsIssuedIsTheUpdateTime()
    {
        var item = P.File("general/057-rssparser-craigslist-rdf.xml").Items[0];
        Assert.Equal(new DateTimeOffset(2017, 6, 21, 17, 33, 10, TimeSpan.Zero), item.Published);
        Assert.Equal("2017-06-21T10:33:10-07:00", item.UpdatedRaw);
    }

    [Fact]
    public void Parse_ContentEncodedIsTheContent()
    {
        var item = P.File("crypto/004-bitcoinmagazine.xml").Items[0];
        Assert.NotNull(item.Content);
        Assert.True(item.Content!.Length > (item.Summary ?? string.Empty).Length);
    }

    [Fact]
    public void Parse_NoXmlDeclarationLargeFeed()
    {
        var feed = P.File("crypto/014-cryptodaily-large.xml");
        Assert.Equal(200, feed.Items.Count);
        Assert.All(feed.Items, i => Assert.NotNull(i.Published));
    }

    [Fact]
    public void Parse_ItemsWithoutDates()
    {
        var feed = P.File("crypto/036-finanzen-net.xml");
        Assert.Equal(15, feed.Items.Count);
        Assert.All(feed.Items, i => Assert.Null(i.PublishedRaw));
    }

    [Fact]
    public void Parse_RssVersions()
    {
        Assert.Equal(FeedFormat.Rss091, P.File("general/006-rss091-stadtfeuerwehr-latin1.xml").Format);
        Assert.Equal(FeedFormat.Rss092, P.File("general/007-rss092-full-sample.xml").Format);
        Assert.Equal(FeedFormat.Rss20, P.File("general/063-rssparser-uol-no-decl-latin1.xml").Format);
        Assert.Equal(FeedFormat.Rss094, P.Xml("<rss version=\"0.94\"><channel/></rss>").Format);
    }

    [Fact]
    public void Parse_DefaultNamespaceRss()
    {
        var feed = P.File("general/066-nodefp-iconv-windows-1251.xml");
        Assert.Equal("В Бузулуке главные стройплощадки – детсад и Ледовый дворец", feed.Items[0].Title);
        Assert.Equal("http://www.oren.ru/news/2743422/", feed.Items[0].Link);
    }

    [Fact]
    public void Parse_RssItemXmlBaseIsScoped()
    {
        var feed = P.File("general/072-nodefp-rss-item-html-base.xml");
        Assert.Equal("https://example.com/first/first", feed.Items[0].Link);
        Assert.Equal(new Uri("https://example.com/first/"), feed.Items[0].BaseUri);
        Assert.Equal("https://example.com/second", feed.Items[1].Link);
    }

    [Fact]
    public void Parse_RelativeLinksWithoutAbsoluteBaseStayRelative()
    {
        var feed = P.File("general/071-nodefp-rss-relative-urls.xml");
        Assert.Equal("/en/games/neverwinter/news/detail/10743874-neverwinter-%26-jingle-jam-humble-bundle%21", feed.Items[0].Link);
        var withUrl = P.File("general/071-nodefp-rss-relative-urls.xml", feedUrl: new Uri("https://www.arcgames.com/en/rss"));
        Assert.Equal("https://www.arcgames.com/en/games/neverwinter/news/detail/10743874-neverwinter-%26-jingle-jam-humble-bundle%21", withUrl.Items[0].Link);
    }

    [Fact]
    public void Parse_DcDateNextToPubDateIsTheUpdateTime()
    {
        var item = P.File("general/079-feedjira-invalid-date.xml").Items[1];
        Assert.Equal("Tue, 17 Oct 2017 12:17:00 +0000", item.PublishedRaw);
        Assert.Equal("Tue, 17 Oct 2017 22:17:00 +0000", item.UpdatedRaw);
    }

    [Fact]
    public void Parse_EnclosuresAndCategories()
    {
        var feed = P.File("general/022-itunes-sample.xml");
        var enclosure = feed.Items[0].Enclosures[0];
        Assert.Equal(new FeedEnclosure("http://example.com/podcasts/everything/AllAboutEverythingEpisode3.m4a", "audio/x-m4a", 8727310), enclosure);
        Assert.True(P.File("crypto/027-bankinnovation-crypto-2018.xml").Items.Max(i => i.Categories.Count) >= 13);
    }

    [Fact]
    public void Parse_UnescapedHtmlInDescriptionIsKeptAsMarkup()
    {
        var feed = P.Xml(P.Rss("<item><description>Hello <b class=\"x\">bold</b> &amp; <br/>more</description></item>"));
        Assert.Equal("Hello <b class=\"x\">bold</b> &amp; <br>more", feed.Items[0].Summary);
    }

    [Fact]
    public void Parse_RssItemWithoutUpdateTime_UpdatedIsItsPublishedTime()
    {
        var feed = P.Xml(P.Rss("<item><title>a</title><pubDate>Tue, 03 Dec 2024 10:00:00 +0200</pubDate></item>"
            + "<item><title>b</title><pubDate>Tue, 03 Dec 2024 10:00:00 GMT</pubDate><atom:updated xmlns:atom=\"http://www.w3.org/2005/Atom\">2024-12-04T09:00:00Z</atom:updated></item>"));
        Assert.Equal(new DateTimeOffset(2024, 12, 3, 8, 0, 0, TimeSpan.Zero), feed.Items[0].Updated);
        Assert.Null(feed.Items[0].UpdatedRaw);
        Assert.Equal(new DateTimeOffset(2024, 12, 4, 9, 0, 0, TimeSpan.Zero), feed.Items[1].Updated);
    }
}
