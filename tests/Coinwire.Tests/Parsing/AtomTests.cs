using Coinwire.Parsing;

namespace Coinwire.Tests.Parsing;

public class AtomTests
{
    [Fact]
    public void Parse_AtomXhtmlContentUnwrapsDiv()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
            <entry><id>1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>bold</b> <i>move</i></div></title>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <a href="/x">there</a></p><br/></div></content></entry></feed>
            """;
        var item = P.Xml(xml).Items[0];
        Assert.True(item.TitleIsHtml);
        Assert.Equal("A <b>bold</b> <i>move</i>", item.Title);
        Assert.Equal("<p>Hi <a href=\"/x\">there</a></p><br>", item.Content);
    }

    [Fact]
    public void Parse_AtomXhtmlContentKeepsReferencesEscapedAndDropsNamespaceMarkup()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title>t</title>
            <content type="xhtml"><x:div xmlns:x="http://www.w3.org/1999/xhtml"><x:p title='say "hi" &amp; go' xml:lang="en">R&amp;D&#8217;s &lt;tag&gt; <![CDATA[a < b]]></x:p><!-- note --><x:span/><x:img src="i.png"/></x:div></content></entry></feed>
            """;
        var item = P.Xml(xml).Items[0];
        Assert.Equal("<p title=\"say &quot;hi&quot; &amp; go\">R&amp;D\u2019s &lt;tag&gt; a &lt; b</p><span></span><img src=\"i.png\">", item.Content);
    }

    [Fact]
    public void Parse_AtomSummaryRepeatedAsContentIsOneString()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title>t</title>
            <summary type="html">&lt;p&gt;Same body&lt;/p&gt;</summary><content type="html">&lt;p&gt;Same body&lt;/p&gt;</content></entry></feed>
            """;
        var item = P.Xml(xml).Items[0];
        Assert.Equal("<p>Same body</p>", item.Content);
        Assert.Same(item.Summary, item.Content);
    }

    [Fact]
    public void Parse_AtomEntriesInheritingFeedAuthorsDoNotShareOneList()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><author><name>Desk</name></author>
            <entry><id>1</id><title>a</title></entry><entry><id>2</id><title>b</title></entry></feed>
            """;
        var items = P.Xml(xml).Items;
        items[0].Authors.Add("Editor");
        Assert.Equal(["Desk", "Editor"], items[0].Authors);
        Assert.Equal(["Desk"], items[1].Authors);
    }

    [Fact]
    public void Parse_YouTubeEntryIsSummarizedByItsMediaGroupDescription()
    {
        var item = P.File("general/003-youtube-atom.xml").Items[0];
        Assert.StartsWith("https://goo.gl/OhHEXi - JETZT MITGLIED DER INVESTMENT PUNK ACADEMY WERDEN!", item.Summary);
        Assert.Null(item.Content);
    }

    [Theory]
    [InlineData("http://purl.org/atom/ns#draft-ietf-atompub-format-09")]
    [InlineData("http://www.w3.org/2005/atom")]
    [InlineData("http://example.com/newformat#")]
    public void Parse_FeedRootInAnotherDefaultNamespaceIsReadAsAtom(string ns)
    {
        var feed = P.Xml($"""
            <feed xmlns="{ns}"><title>Draft feed</title><link rel="alternate" href="https://e.com/"/>
            <entry><id>tag:e.com,2005:1</id><title>One</title><link href="https://e.com/1"/><updated>2005-07-01T10:00:00Z</updated><author><name>Ann</name></author></entry></feed>
            """);
        Assert.Equal(FeedFormat.Atom10, feed.Format);
        Assert.Equal("Draft feed", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal(("tag:e.com,2005:1", "One", "https://e.com/1", "Ann"), (item.Id, item.Title, item.Link, item.Authors[0]));
    }

    [Fact]
    public void Parse_AtomTextTypesAreEscapedToHtml()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="text">a &lt; b</title>
            <summary type="text">x &lt; y &amp; z</summary><content type="html">&lt;p&gt;p&lt;/p&gt;</content></entry></feed>
            """;
        var item = P.Xml(xml).Items[0];
        Assert.False(item.TitleIsHtml);
        Assert.Equal("a < b", item.Title);
        Assert.Equal("x &lt; y &amp; z", item.Summary);
        Assert.Equal("<p>p</p>", item.Content);
    }

    [Fact]
    public void Parse_AtomRelativeEntryLinkWithoutBase_ResolvesAgainstFeedAlternateLink()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><link href="https://e.com/blog/"/>
            <entry><id>1</id><title>a</title><link rel="alternate" href="/post/1"/></entry></feed>
            """;
        Assert.Equal("https://e.com/post/1", P.Xml(xml).Items[0].Link);
    }

    [Fact]
    public void Parse_AtomRelativeEntryLink_PrefersFeedUrlOverAlternateLink()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><link href="https://site.example/"/>
            <entry><id>1</id><title>a</title><link rel="alternate" href="post/1"/></entry></feed>
            """;
        Assert.Equal("https://feeds.example/a/post/1", P.Xml(xml, new Uri("https://feeds.example/a/atom.xml")).Items[0].Link);
    }

    [Fact]
    public void Parse_AtomLinkPrefersHtmlAlternate()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry>
            <link rel="self" href="https://e.com/self"/><link rel="alternate" type="application/json" href="https://e.com/json"/>
            <link href="https://e.com/page"/><link rel="enclosure" type="audio/mpeg" length="12" href="https://e.com/a.mp3"/></entry></feed>
            """;
        var item = P.Xml(xml).Items[0];
        Assert.Equal("https://e.com/page", item.Link);
        Assert.Equal(new FeedEnclosure("https://e.com/a.mp3", "audio/mpeg", 12), Assert.Single(item.Enclosures));
    }

    [Fact]
    public void Parse_AtomXmlBaseResolvesRelativeLinks()
    {
        var lineage = P.File("general/104-feeder-lineageos-atom-xmlbase.xml", feedUrl: new Uri("https://lineageos.org/feed.xml"));
        Assert.Equal("https://lineageos.org/Changelog-16/", lineage.Items[0].Link);
        var reddit = P.File("general/062-rssparser-reddit-atom-xmlbase.xml");
        Assert.Equal("https://www.reddit.com/r/funny/comments/42tizy/how_the_british_as_seen_by_americans_and_europeans/", reddit.Items[0].Link);
        var numist = P.File("general/106-feedrs-atom-xml-base.xml");
        Assert.Equal("https://numi.st/post/2022/travel-uke/IMG_1232.jpeg", numist.Items[0].Image);
    }

    [Fact]
    public void Parse_AtomXmlBaseOnElementScopesToIt()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/feed/"><entry xml:base="posts/">
            <link xml:base="/other/" href="x"/><content type="html">&lt;p&gt;c&lt;/p&gt;</content></entry></feed>
            """;
        var item = P.Xml(xml).Items[0];
        Assert.Equal("https://a.example/other/x", item.Link);
        Assert.Equal(new Uri("https://a.example/feed/posts/"), item.BaseUri);
    }

    [Fact]
    public void Parse_AtomFragmentXmlBase()
    {
        // xml:base="#fragment" gives no absolute base; without a feed URL the rel="self" address stands in for it.
        var feed = P.File("general/070-nodefp-tpm-fragment-base.xml");
        Assert.Equal("http://talkingpointsmemo.com/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist", feed.Items[0].Link);
        var withUrl = P.File("general/070-nodefp-tpm-fragment-base.xml", feedUrl: new Uri("http://talkingpointsmemo.com/feed/all"));
        Assert.Equal("http://talkingpointsmemo.com/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist", withUrl.Items[0].Link);
    }

    [Fact]
    public void Parse_RelativeLinksResolveAgainstTheSelfLinkWithoutAFeedUrl()
    {
        var feed = P.File("general/067-nodefp-intertwingly-xhtml.xml");
        Assert.Equal("http://intertwingly.net/blog/", feed.Link);
        Assert.Equal("http://intertwingly.net/blog/2012/07/16/Inhibiting-Suspend", feed.Items[0].Link);
    }

    [Fact]
    public void Parse_AtomAuthorsAndDates()
    {
        var feed = P.File("general/003-youtube-atom.xml");
        var item = feed.Items[0];
        Assert.Equal("yt:video:AFA8ZtMwrvc", item.Id);
        Assert.Equal(["Investment Punk Academy by Gerald Hörhan"], item.Authors);
        Assert.Equal(new DateTimeOffset(2017, 1, 20, 16, 0, 0, TimeSpan.Zero), item.Published);
        Assert.Equal("https://i2.ytimg.com/vi/AFA8ZtMwrvc/hqdefault.jpg", item.Image);
    }

    [Fact]
    public void Parse_Atom03()
    {
        var xml = """
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title><link rel="alternate" type="text/html" href="https://old.example/"/>
            <entry><title>E</title><link rel="alternate" type="text/html" href="https://old.example/e"/><id>tag:old,1</id>
            <issued>2004-01-02T03:04:05Z</issued><modified>2004-01-03T00:00:00Z</modified>
            <content type="text/html" mode="escaped">&lt;p&gt;x&lt;/p&gt;</content><summary type="text/plain" mode="base64">aMOpbGxv</summary></entry></feed>
            """;
        var feed = P.Xml(xml);
        Assert.Equal(FeedFormat.Atom03, feed.Format);
        Assert.Equal("https://old.example/", feed.Link);
        var item = feed.Items[0];
        Assert.Equal("2004-01-02T03:04:05Z", item.PublishedRaw);
        Assert.Equal("2004-01-03T00:00:00Z", item.UpdatedRaw);
        Assert.Equal("<p>x</p>", item.Content);
        Assert.Equal("héllo", item.Summary);
    }

    [Fact]
    public void Parse_AtomFeedWithoutAlternateLinkTakesAWebUrlId()
    {
        var withUrl = P.Xml("""<feed xmlns="http://www.w3.org/2005/Atom"><id>https://example.com/</id><link rel="self" href="https://example.com/feed.xml"/></feed>""");
        var withTag = P.Xml("""<feed xmlns="http://www.w3.org/2005/Atom"><id>tag:example.com,2024:feed</id></feed>""");
        Assert.Equal(("https://example.com/", null), (withUrl.Link, withTag.Link));
    }

    [Fact]
    public void Parse_AtomBase64TextOfAnotherMediaType()
    {
        // feedparser's tests/wellformed/atom10/entry_title_base64.xml and entry_summary_base64.xml
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry>
            <title type="application/octet-stream">
              RXhhbXBsZSA8Yj5BdG9tPC9iPg==
            </title>
            <summary type="application/octet-stream">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</summary>
            <content type="image/png">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk</content></entry></feed>
            """;
        var item = P.Xml(xml).Items[0];
        Assert.Equal("Example <b>Atom</b>", item.Title);
        Assert.False(item.TitleIsHtml);
        Assert.Equal("Example &lt;b&gt;Atom&lt;/b&gt;", item.Summary);
        Assert.Null(item.Content);
    }

    [Fact]
    public void Parse_AtomLinkWithTheUrlAsText()
    {
        // feedparser's tests/wellformed/atom10/entry_link_no_href.xml, then an href link after it
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>i</id>
            <link rel="alternate" type="text/html">http://www.example.com/</link>
            <link rel="enclosure" type="audio/mpeg" length="10">http://www.example.com/a.mp3</link>
            <link rel="related" href="http://www.example.com/related"/><title>T</title></entry></feed>
            """;
        var item = P.Xml(xml).Items[0];
        Assert.Equal("http://www.example.com/", item.Link);
        Assert.Equal(new FeedEnclosure("http://www.example.com/a.mp3", "audio/mpeg", 10), Assert.Single(item.Enclosures));
        Assert.Equal("T", item.Title);
    }

    [Fact]
    public void Parse_NamespacelessAtomAndAtomNamedRss()
    {
        Assert.Equal("Café", P.File("general/035-miniflux-invalid-prolog.xml").Items[0].Title);
        Assert.Equal(FeedFormat.Atom10, P.File("general/096-nnw-daringfireball-atom-as-rss.xml").Format);
    }

    [Fact]
    public void Parse_AtomLanguageFromXmlLang()
    {
        var feed = P.File("general/094-nnw-pappacoda-atom.xml");
        Assert.Equal("it", feed.Language);
        Assert.All(feed.Items, i => Assert.Equal("it", i.Language));
    }

    [Fact]
    public void Parse_AtomEntryWithoutUpdated_UpdatedIsItsPublishedTime()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
            <entry><id>1</id><title>a</title><published>2024-12-02T10:00:00-05:00</published></entry></feed>
            """;
        Assert.Equal(new DateTimeOffset(2024, 12, 2, 15, 0, 0, TimeSpan.Zero), P.Xml(xml).Items[0].Updated);
    }
}
