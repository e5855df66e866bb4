using System.Text;
using Coinwire.Normalizing;
using Coinwire.Parsing;

namespace Coinwire.Tests.Parsing;

public class EncodingTests
{
    [Fact]
    public void Parse_Utf16LeWithBom()
    {
        var feed = P.File("general/036-fp-utf16le-bom.xml");
        Assert.Equal("utf-16", feed.Encoding);
        Assert.Equal(FeedFormat.Rss20, feed.Format);
        Assert.Empty(feed.Warnings);
    }

    // Expected text from Python's codecs (what feedparser decodes with); .NET has no code page for these labels.
    [Theory]
    [InlineData("ISO-8859-16", new byte[] { 0x42, 0x75, 0x63, 0x75, 0x72, 0x65, 0xBA, 0x74, 0x69 }, "Bucure\u0219ti", "iso8859-16")]
    [InlineData("latin10", new byte[] { 0xBA }, "\u0219", "iso8859-16")]
    [InlineData("iso-8859-14", new byte[] { 0xA6, 0xBE }, "\u1E0A\u1E85", "iso8859-14")]
    [InlineData("PT154", new byte[] { 0xB2, 0xA3 }, "\u0406\u0408", "ptcp154")]
    public void Parse_CodePageDotNetLacksIsDecodedFromItsTable(string label, byte[] title, string expected, string encoding)
    {
        var head = Encoding.ASCII.GetBytes($"<?xml version=\"1.0\" encoding=\"{label}\"?><rss version=\"2.0\"><channel><title>");
        var tail = Encoding.ASCII.GetBytes("</title><item><title>a</title></item></channel></rss>");
        var feed = FeedParser.Parse([.. head, .. title, .. tail]);
        Assert.Equal(expected, feed.Title);
        Assert.Equal(encoding, feed.Encoding);
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void Parse_Utf16LeWithoutBom()
    {
        var feed = P.File("general/037-fp-utf16le-nobom.xml");
        Assert.Equal("utf-16", feed.Encoding);
        Assert.Equal(FeedFormat.Rss20, feed.Format);
    }

    [Fact]
    public void Parse_Utf32BeWithoutBomIsAutodetected()
    {
        var feed = P.File("general/038-fp-utf32be-autodetect.xml");
        Assert.Equal("utf-32BE", feed.Encoding);
        Assert.Equal(FeedFormat.Rss20, feed.Format);
    }

    [Fact]
    public void Parse_Utf16BeWithoutBomFromFirstBytes()
    {
        var xml = P.Rss("<item><title>Grüße €</title></item>");
        var feed = FeedParser.Parse(Encoding.BigEndianUnicode.GetBytes(xml));
        Assert.Equal("Grüße €", feed.Items[0].Title);
    }

    [Fact]
    public void Parse_Utf8BomWithDeclaration()
    {
        var feed = P.File("general/039-fp-utf8-bom.xml");
        Assert.Equal("utf-8", feed.Encoding);
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void Parse_DeclaredLatin1ButUtf8Bytes()
    {
        var feed = P.File("general/033-miniflux-utf8-declared-latin1.xml");
        Assert.Equal("utf-8", feed.Encoding);
        Assert.Equal("테스트 피드", feed.Title);
        Assert.Equal("Café", feed.Items[0].Title);
        Assert.Contains(feed.Warnings, w => w.Contains("valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Declared1252ButUtf8Bytes()
    {
        var feed = P.File("general/034-miniflux-1252-declared-but-utf8.xml");
        Assert.Equal("Euro €", feed.Title);
    }

    [Fact]
    public void Parse_UnknownEncodingNameInProlog()
    {
        var feed = P.File("general/035-miniflux-invalid-prolog.xml");
        Assert.Equal("Café", feed.Items[0].Title);
        Assert.Contains(feed.Warnings, w => w.Contains("Unknown encoding", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HttpCharsetWinsOverDeclaration()
    {
        var bytes = Encoding.Latin1.GetBytes(P.Rss("<item><title>Café</title></item>").Replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"utf-8\"?>", StringComparison.Ordinal));
        var feed = FeedParser.Parse(bytes, "application/rss+xml; charset=ISO-8859-1");
        Assert.Equal("Café", feed.Items[0].Title);
    }

    [Fact]
    public void Parse_NoDeclarationLatin1BytesAreSniffed()
    {
        var feed = P.File("general/026-miniflux-no-decl-latin1.xml");
        Assert.NotEqual("utf-8", feed.Encoding);
        Assert.Equal("La criminalité liée surtout à... l'ennui ?", feed.Items[2].Title);
    }

    [Fact]
    public void Parse_NoDeclarationLatin1WithoutRssVersion()
    {
        var feed = P.File("general/063-rssparser-uol-no-decl-latin1.xml");
        Assert.Equal(15, feed.Items.Count);
        Assert.DoesNotContain(feed.Items, i => i.Title!.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("general/025-miniflux-windows-1251.xml", "windows-1251", "Цитата #17703")]
    [InlineData("general/031-miniflux-koi8r.xml", "koi8-r", "Первая новость")]
    [InlineData("general/006-rss091-stadtfeuerwehr-latin1.xml", "Windows-1252", null)]
    [InlineData("general/098-feeder-golem-latin1.xml", "Windows-1252", null)]
    public void Parse_LegacySingleByteCodePages(string file, string encoding, string? firstTitle)
    {
        var feed = P.File(file);
        Assert.Equal(encoding, feed.Encoding, ignoreCase: true);
        Assert.NotEmpty(feed.Items);
        Assert.DoesNotContain(feed.Items, i => (i.Title ?? string.Empty).Contains('\uFFFD', StringComparison.Ordinal));
        if (firstTitle is not null)
        {
            Assert.Equal(firstTitle, feed.Items[0].Title);
        }
    }

    [Theory]
    [InlineData("cp037", 37)]
    [InlineData("ebcdic-cp-be", 500)]
    [InlineData("IBM01140", 1140)]
    public void Parse_EbcdicFeedReadInItsDeclaredCodePage(string label, int codePage)
    {
        // [ ] ! | ¬ sit at different bytes in IBM037 and IBM500.
        const string title = "Preis [neu]: 5 | 6 ! ¬ Ø";
        var bytes = Ebcdic(codePage, $"<?xml version=\"1.0\" encoding=\"{label}\"?>\n{P.Rss($"<item><title>{title}</title></item>")[21..]}");
        var feed = FeedParser.Parse(bytes);
        Assert.Equal(title, feed.Items[0].Title);
        Assert.Equal(codePage, Encoding.GetEncoding(feed.Encoding!).CodePage);
    }

    [Fact]
    public void Parse_EbcdicFeedWithoutEncodingNameIsIbm037()
    {
        var feed = FeedParser.Parse(Ebcdic(37, P.Rss("<item><title>Ø [x]</title></item>")));
        Assert.Equal("Ø [x]", feed.Items[0].Title);
    }

    [Fact]
    public void Parse_PythonStyleEncodingNameInDeclaration()
    {
        var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"mac-roman\"?><rss version=\"2.0\"><channel><title>T</title><item><title>A\u0001B</title></item></channel></rss>");
        bytes[Array.IndexOf(bytes, (byte)1)] = 0x80;
        var feed = FeedParser.Parse(bytes);
        Assert.Equal("AÄB", feed.Items[0].Title);
        Assert.Empty(feed.Warnings);
    }

    private static byte[] Ebcdic(int codePage, string xml)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage).GetBytes(xml);
    }

    [Fact]
    public void Parse_Windows1252RawC1Bytes()
    {
        Assert.Equal("Euro €", P.File("general/032-miniflux-windows-1252.xml").Title);
    }

    [Fact]
    public void Parse_EucKrDeclared()
    {
        Assert.Equal("년", P.File("general/042-fp-euc-kr.xml").Title);
    }

    [Fact]
    public void Parse_Big5AndGreekDeclaredDecodeWithoutLoss()
    {
        Assert.Equal("big5", P.File("general/041-fp-big5.xml").Encoding);
        Assert.Equal("iso-8859-7", P.File("general/052-fp-high-bit-date-greek.xml").Encoding);
    }

    [Fact]
    public void Parse_Gb2312ReadAsGb18030()
    {
        var feed = P.File("general/090-nnw-kc0011-gb2312.xml");
        Assert.Equal("gb18030", feed.Encoding, ignoreCase: true);
        Assert.Equal(20, feed.Items.Count);
        Assert.DoesNotContain(feed.Items, i => (i.Title ?? string.Empty).Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ShiftJisUndeclaredIsSniffed()
    {
        var feed = P.File("general/045-fp-shiftjis-undeclared.xml");
        Assert.Equal("DrecomRSSに記事投稿が反映されない…", feed.Items[0].Title);
    }

    [Fact]
    public void Parse_InvalidByteInUtf8FeedReadAsWindows1252()
    {
        var feed = P.File("general/043-fp-linenoise-bozo.xml");
        Assert.Equal("’<>”©", feed.Items[0].Summary!.Trim());
        Assert.Contains(feed.Warnings, w => w.Contains("Invalid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_C1ControlInUtf8IsWindows1252()
    {
        Assert.Equal("don’t", P.File("general/040-fp-demoronize-cp1252-in-utf8.xml").Items[0].Summary);
    }

    [Fact]
    public void Parse_MojibakeNumericReferencesAreLeftForTheNormalizer()
    {
        // &#226;&#128;&#166; is "…" read as Latin-1; &#128; becomes € (HTML5 rule), the classic "â€¦" Mojibake.Repair fixes.
        Assert.Equal("â€¦", P.File("general/046-fp-double-encoded-html.xml").Items[0].Summary);
    }

    [Fact]
    public void Parse_DoubleEncodedUtf8IsKeptAsWritten()
    {
        var feed = P.File("general/018-yandex-russia.xml");
        Assert.StartsWith("Ð", feed.Items[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_C1ReferenceWithNoWindows1252MeaningIsKeptForMojibakeRepair()
    {
        // "Москва" as UTF-8 read as windows-1252, the byte 0x81 (no windows-1252 character) written as a reference.
        var feed = P.Xml(P.Rss("<item><title>ÐœÐ¾Ñ&#129;ÐºÐ²Ð°</title></item>"));
        Assert.Contains("\u00D1\u0081", feed.Items[0].Title, StringComparison.Ordinal);
        Assert.Equal("Москва", FeedItemNormalizer.PlainText(feed.Items[0].Title, isHtml: true));
    }

    [Fact]
    public void Parse_C1ControlWithNoWindows1252MeaningIsKeptForMojibakeRepair()
    {
        // "с" double-encoded is "Ñ" + U+0081; dropping U+0081 would leave Mojibake.Repair a lone "Ñ".
        var feed = P.File("general/018-yandex-russia.xml");
        Assert.Contains("\u00D1\u0081", feed.Title, StringComparison.Ordinal);
        Assert.Equal("Яндекс.Новости: Москва", FeedItemNormalizer.PlainText(feed.Title, isHtml: true));
    }
}
