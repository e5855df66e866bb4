namespace Coinwire.Tests.Parsing;

public class ImageTests
{
    [Fact]
    public void Parse_MediaContentImage()
    {
        var item = P.File("crypto/001-coindesk-arc-2022.xml").Items[0];
        Assert.Equal("https://www.coindesk.com/resizer/BXdcRtAkDRUvdoV9DyDlxmpQzjQ=/800x600/cloudfront-us-east-1.images.arcpublishing.com/coindesk/Z2REMEGM4FCCZJ374IIFHFJ5QA.jpg", item.Image);
    }

    [Fact]
    public void Parse_WidestMediaContentWins()
    {
        var item = P.File("general/064-rssparser-guardian-media.xml").Items[0];
        Assert.Contains("w=460", item.Image, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MediaThumbnailInGroup()
    {
        Assert.Equal("https://i2.ytimg.com/vi/AFA8ZtMwrvc/hqdefault.jpg", P.File("general/003-youtube-atom.xml").Items[0].Image);
    }

    [Fact]
    public void Parse_MediaThumbnailUrlWrittenAsElementText()
    {
        Assert.Equal("https://cdn.myanimelist.net/s/common/uploaded_files/1664092688-dd34666e64d7ae624e6e2c70087c181f.jpeg",
            P.File("general/103-feeder-myanimelist-no-decl.xml").Items[0].Image);
    }

    [Fact]
    public void Parse_EnclosureImage()
    {
        Assert.StartsWith("http://s1.lemde.fr/image/2017/01/07/644x322/5059171_3_64f3", P.File("general/021-lemonde-enclosure.xml").Items[0].Image, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ItunesImageAndFirstImgInHtml()
    {
        var itunes = P.Xml(P.Rss("<item><itunes:image href=\"https://e.com/cover.jpg\"/><description>&lt;img src=\"https://e.com/inline.jpg\"&gt;</description></item>"));
        Assert.Equal("https://e.com/cover.jpg", itunes.Items[0].Image);
        var html = P.Xml(P.Rss("<item><description><![CDATA[<p>x</p><IMG alt='a' SRC='/img/a.png?x=1&amp;y=2'>]]></description></item>"));
        Assert.Equal("https://example.com/img/a.png?x=1&y=2", html.Items[0].Image);
    }

    [Fact]
    public void Parse_NonImageMediaIsSkipped()
    {
        var xml = P.Rss("""<item><media:content xmlns:media="http://search.yahoo.com/mrss/" url="https://e.com/v.mp4" medium="video"/><enclosure url="https://e.com/a.mp3" type="audio/mpeg"/></item>""");
        Assert.Null(P.Xml(xml).Items[0].Image);
    }
}
