using Coinwire.Normalizing;

namespace Coinwire.Tests.Normalizing;

public class HtmlTextPlainTests
{
    [Theory]
    [InlineData("<p>Bitcoin</p><p>rallies</p>", "Bitcoin rallies")]
    [InlineData("<b>Bit</b>coin <i>ETF</i>", "Bitcoin ETF")]
    [InlineData("line<br>break<br/>again", "line break again")]
    [InlineData("<ul><li>one</li><li>two</li></ul>", "one two")]
    [InlineData("<h1>ETHNews</h1>", "ETHNews")]
    [InlineData("<script>alert('x')</script>Title", "Title")]
    [InlineData("<style>p{color:red}</style><p>Body</p>", "Body")]
    [InlineData("Fed <!-- comment --> decision", "Fed decision")]
    [InlineData("<![CDATA[cdata text]]>", "cdata text")]
    [InlineData("BTC < $50k and ETH > $3k", "BTC < $50k and ETH > $3k")]
    [InlineData("a<b and c", "a<b and c")]
    [InlineData("<a href=\"x\" title='a > b'>link</a>", "link")]
    [InlineData("  spaced \n\t out\u00A0\u00A0text ", "spaced out text")]
    public void Tags_AreStripped(string input, string expected) => Assert.Equal(expected, HtmlText.ToPlainText(input));

    [Theory]
    [InlineData("Q&A: <tag>", "Q&A: <tag>")]
    [InlineData("<b>Bitcoin</b> <ETH> rallies", "Bitcoin <ETH> rallies")]
    [InlineData("Report <o:p></o:p><my-widget>x</my-widget>", "Report x")]
    public void Title_KeepsTagsNoHtmlElementHas(string input, string expected) => Assert.Equal(expected, HtmlText.TitleToPlainText(input));

    [Fact]
    public void Title_ThatIsOnlyMarkupIsKeptAsWritten() => Assert.Equal("<title>", HtmlText.TitleToPlainText("<title>"));

    [Fact]
    public void Body_DropsTagsNoHtmlElementHas() => Assert.Equal("Q&A:", HtmlText.ToPlainText("Q&A: <tag>"));

    [Theory]
    [InlineData("Tom &amp; Jerry", "Tom & Jerry")]
    [InlineData("&quot;Buy&quot; &#39;Hold&#39; &apos;x&apos;", "\"Buy\" 'Hold' 'x'")]
    [InlineData("Wait&hellip; &mdash; &ndash; &rsquo; &euro;", "Wait… — – ’ €")]
    [InlineData("&bigstar; &check; &NewLine;x &Cconint;", "★ ✓ x ∰")]
    [InlineData("&#8217; &#x2019; &#X2019;", "’ ’ ’")]
    [InlineData("&#146;s &#150; &#128;", "’s – €")]
    [InlineData("&#0; &#xD800; &#99999999;", "\uFFFD \uFFFD \uFFFD")]
    [InlineData("AT&T &unknown; & done &", "AT&T &unknown; & done &")]
    [InlineData("&amp &copy 2024 ?a=1&copy=2", "& © 2024 ?a=1&copy=2")]
    [InlineData("a&nbsp;&nbsp;b", "a b")]
    [InlineData("auf &amp;quot;Buy&amp;quot; belassen", "auf \"Buy\" belassen")]
    [InlineData("Fed&amp;#39;s &amp;amp; more", "Fed's & more")]
    [InlineData("&lt;b&gt;escaped&lt;/b&gt;", "<b>escaped</b>")]
    public void Entities_AreDecoded(string input, string expected) => Assert.Equal(expected, HtmlText.ToPlainText(input));

    [Fact]
    public void PlainText_WithoutMarkup_IsOnlyCollapsed()
    {
        const string clean = "Bitcoin tops $100k";
        Assert.Same(clean, HtmlText.ToPlainText(clean));
        Assert.Equal("", HtmlText.ToPlainText(""));
    }

    [Fact]
    public void UnclosedMarkup_KeepsWhatIsText()
    {
        Assert.Equal("before", HtmlText.ToPlainText("before<!-- never closed"));
        Assert.Equal("before", HtmlText.ToPlainText("before<script>never closed"));
        Assert.Equal("x <!doctype", HtmlText.ToPlainText("x <!doctype"));
        Assert.Equal("a <div class=\"x", HtmlText.ToPlainText("a <div class=\"x"));
        Assert.Equal("<p <p <p", HtmlText.ToPlainText("<p <p <p"));
    }
}
