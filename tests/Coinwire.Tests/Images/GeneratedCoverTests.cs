using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Coinwire.Images;
using Coinwire.Tagging;

namespace Coinwire.Tests.Images;

public sealed class GeneratedCoverTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Categories => new(Topics.All.Concat(["BTC", "ETH", "SOL", "XRP", "DOGE", "ZZZQ", "MARKETS", ""]));

    private static XDocument Parse(string svg)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(svg), settings);
        return XDocument.Load(reader);
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void Svg_WellFormed1200x630ForEveryCategory(string category)
    {
        var svg = GeneratedCover.Svg(CoverSubject.For(new CoverRequest { Category = category }));

        var root = Parse(svg).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("1200", root.Attribute("width")!.Value);
        Assert.Equal("630", root.Attribute("height")!.Value);
    }

    [Fact]
    public void Svg_HostileCoinNameEscaped()
    {
        var subject = CoverSubject.ForCoin("<script>", "<script>alert('x')</script> & \"Co\"\u0001");

        var svg = GeneratedCover.Svg(subject);

        var document = Parse(svg);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName == "script");
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(document.Descendants(Svg + "text"), t => t.Value == "<script>alert('x')</script> & \"Co\"");
        Assert.Contains(document.Descendants(Svg + "text"), t => t.Value == "<SCRIPT>");
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void Svg_NoScriptNoExternalReferences(string category)
    {
        var svg = GeneratedCover.Svg(CoverSubject.For(new CoverRequest { Category = category }));

        var document = Parse(svg);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "image" or "use" or "foreignObject" or "a" or "style");
        Assert.DoesNotContain(document.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal) || a.Name.LocalName == "href");
        Assert.Equal("http://www.w3.org/2000/svg", Assert.Single(Regex.Matches(svg, "https?:[^\"]*").Cast<Match>()).Value);
    }

    [Fact]
    public void SvgAndKey_DeterministicPerSubject()
    {
        var a = CoverSubject.ForCoin("BTC");
        var b = CoverSubject.ForCoin("btc", "Bitcoin");

        Assert.Equal(GeneratedCover.Svg(a), GeneratedCover.Svg(b));
        Assert.Equal(GeneratedCover.Key(a), GeneratedCover.Key(b));
        Assert.Matches("^coin-btc-[0-9a-f]{8}$", GeneratedCover.Key(a));
        Assert.NotEqual(GeneratedCover.Key(a), GeneratedCover.Key(CoverSubject.ForCoin("BTC", "Bitcoin Cash?")));
        Assert.Matches("^topic-regulation-[0-9a-f]{8}$", GeneratedCover.Key(CoverSubject.ForTopic(Topics.Regulation)));
    }

    [Fact]
    public void Colours_BrandColoursDifferForBtcAndEth()
    {
        var btc = CoverSubject.ForCoin("BTC").Palette;
        var eth = CoverSubject.ForCoin("ETH").Palette;
        var sol = CoverSubject.ForCoin("SOL").Palette;

        Assert.Equal("#F7931A", btc.From);
        Assert.Equal("#627EEA", eth.From);
        Assert.NotEqual(btc, eth);
        Assert.Equal(("#9945FF", "#14F195"), (sol.From, sol.To));
        Assert.Contains("#F7931A", GeneratedCover.Svg(CoverSubject.ForCoin("BTC")), StringComparison.Ordinal);
    }

    [Fact]
    public void Colours_UnknownTickerDerivedDeterministically()
    {
        var first = CoverPalette.ForCoin("ZZZQ");

        Assert.Equal(first, CoverPalette.ForCoin("zzzq"));
        Assert.Matches("^#[0-9A-F]{6}$", first.From);
        Assert.Matches("^#[0-9A-F]{6}$", first.To);
        Assert.NotEqual(first, CoverPalette.ForCoin("QQQZ"));
    }

    [Fact]
    public void Subject_CoinNameFromDictionaryAndTopicsOwnColours()
    {
        Assert.Equal("Ethereum", CoverSubject.ForCoin("ETH").Subtitle);
        Assert.False(CoverSubject.For(new CoverRequest { Category = "regulation" }).IsCoin);
        Assert.Equal(Topics.All.Count, Topics.All.Select(t => CoverPalette.ForTopic(t).From).Distinct().Count());
    }

    [Fact]
    public void Svg_LongNamesWithEmojiCutWithoutBreakingSurrogates()
    {
        var subject = CoverSubject.ForCoin("🚀🚀🚀🚀🚀🚀🚀🚀", string.Concat(Enumerable.Repeat("Moon🚀", 12)));

        var document = Parse(GeneratedCover.Svg(subject));

        Assert.All(document.Descendants(Svg + "text"), t => Assert.True(t.Value.Length <= 40, t.Value));
        Assert.EndsWith("…", subject.Subtitle, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("<script>")]
    [InlineData("ß∑")]
    [InlineData("CON")]
    public void Key_SafeFileNameForHostileTickers(string ticker)
    {
        var key = GeneratedCover.Key(CoverSubject.ForCoin(ticker));

        Assert.True(CoverStore.IsValidKey(key), key);
        Assert.Equal($"/covers/{key}.svg", GeneratedCover.UrlPath(CoverSubject.ForCoin(ticker)));
    }
}
