using Coinwire.Normalizing;

namespace Coinwire.Tests.Normalizing;

public class HtmlTextSanitizeTests
{
    private static readonly Uri Base = new("https://news.example.com/2024/05/story.html");

    [Theory]
    [InlineData("<p>Hello <script>alert(1)</script>world</p>", "<p>Hello world</p>")]
    [InlineData("<style>p{color:red}</style><p>Body</p>", "<p>Body</p>")]
    [InlineData("<p onclick=\"steal()\" style=\"color:red\" class=\"x\" id=\"y\">Text</p>", "<p>Text</p>")]
    [InlineData("<img src=\"x.png\" onerror=\"alert(1)\" alt=\"a\">", "<img src=\"https://news.example.com/2024/05/x.png\" alt=\"a\">")]
    [InlineData("<font color=\"red\"><center>kept text</center></font>", "kept text")]
    [InlineData("<form action=\"/x\"><input name=\"q\"><button>Go</button>text</form>", "text")]
    [InlineData("<svg><script>alert(1)</script><text>x</text></svg>ok", "ok")]
    public void Unsafe_IsRemoved(string html, string expected) => Assert.Equal(expected, HtmlText.Sanitize(html, Base));

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"  javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>")]
    public void DangerousLinks_LoseTheirHref(string html)
    {
        var result = HtmlText.Sanitize(html, Base);
        Assert.DoesNotContain("href", result, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("x", result, StringComparison.Ordinal);
    }

    [Fact]
    public void DataImages_AreDropped() =>
        Assert.Equal("<p>t</p>", HtmlText.Sanitize("<p><img src=\"data:image/png;base64,iVBORw0KGgo=\">t</p>", Base));

    [Fact]
    public void RelativeUrls_BecomeAbsolute()
    {
        var result = HtmlText.Sanitize("<a href=\"/markets\">m</a> <a href=\"../x\">x</a> <img src=\"//cdn.example.net/i.jpg\" alt=\"\">", Base);
        Assert.Contains("href=\"https://news.example.com/markets\"", result, StringComparison.Ordinal);
        Assert.Contains("href=\"https://news.example.com/2024/x\"", result, StringComparison.Ordinal);
        Assert.Contains("src=\"https://cdn.example.net/i.jpg\"", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_GetSafeRelAndTarget()
    {
        var result = HtmlText.Sanitize("<a href=\"https://x.example/\" target=\"evil\" rel=\"opener\">x</a>", Base);
        Assert.Equal("<a href=\"https://x.example/\" target=\"_blank\" rel=\"nofollow noopener noreferrer\">x</a>", result);
    }

    [Theory]
    [InlineData("https://www.youtube.com/embed/abc123")]
    [InlineData("https://www.youtube-nocookie.com/embed/abc123")]
    [InlineData("http://player.vimeo.com/video/42")]
    public void Iframes_FromAllowedHosts_AreKeptSandboxed(string src)
    {
        var result = HtmlText.Sanitize($"<iframe src=\"{src}\" width=\"560\" height=\"315\" allowfullscreen onload=\"x()\"></iframe>", Base);
        Assert.StartsWith("<iframe src=\"https://", result, StringComparison.Ordinal);
        Assert.Contains("sandbox=\"", result, StringComparison.Ordinal);
        Assert.DoesNotContain("onload", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<iframe src=\"https://evil.example/embed\"></iframe>")]
    [InlineData("<iframe src=\"https://youtube.com.evil.example/embed\"></iframe>")]
    [InlineData("<iframe src=\"javascript:alert(1)\"></iframe>")]
    [InlineData("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>")]
    [InlineData("<iframe></iframe>")]
    public void Iframes_FromOtherHosts_AreRemoved(string html) => Assert.Equal("<p>after</p>", HtmlText.Sanitize(html + "<p>after</p>", Base));

    [Theory]
    [InlineData("<img src=\"https://t.example/p.gif\" width=\"1\" height=\"1\">")]
    [InlineData("<img src=\"https://t.example/p.gif\" width=\"0\" height=\"0\" border=\"0\">")]
    [InlineData("<img src=\"https://t.example/p.gif\" height=\"1px\">")]
    [InlineData("<img src=\"http://feeds.feedburner.com/~r/CoinDesk/~4/abc\" height=\"1\" width=\"1\" alt=\"\"/>")]
    [InlineData("<a href=\"http://feeds.feedburner.com/~ff/CoinDesk?a=x\"><img src=\"http://feeds.feedburner.com/~ff/CoinDesk?d=y\" border=\"0\"></a>")]
    [InlineData("<img src=\"https://pixel.wp.com/g.gif?v=1\">")]
    [InlineData("<img data-src=\"lazy.jpg\">")]
    public void TrackingPixels_AreDropped(string html) => Assert.Equal("<p>body</p>", HtmlText.Sanitize("<p>body</p>" + html, Base));

    [Fact]
    public void RealImages_AreKept()
    {
        var html = "<img src=\"https://images.example.com/btc.jpg\" width=\"800\" height=\"450\" alt=\"BTC\">";
        Assert.Equal(html, HtmlText.Sanitize(html, Base));
    }

    [Fact]
    public void LazyImages_InNoscript_AreKept()
    {
        var result = HtmlText.Sanitize("<img data-src=\"a.jpg\"><noscript><img src=\"https://i.example/a.jpg\" alt=\"a\"></noscript>", Base);
        Assert.Equal("<img src=\"https://i.example/a.jpg\" alt=\"a\">", result);
    }

    [Fact]
    public void Formatting_IsKept()
    {
        const string html = "<h2>Title</h2><p><strong>Bold</strong> and <em>em</em></p><ul><li>one</li></ul><blockquote>q</blockquote>";
        Assert.Equal(html, HtmlText.Sanitize(html, Base));
    }

    [Theory]
    [InlineData("<p>auf &amp;quot;Buy&amp;quot; belassen</p>", "<p>auf \"Buy\" belassen</p>")]
    [InlineData("<p>Fed&amp;#39;s &amp;amp; co</p>", "<p>Fed's &amp; co</p>")]
    [InlineData("<p>Tom &amp; Jerry</p>", "<p>Tom &amp; Jerry</p>")]
    [InlineData("<p>caf&eacute; &hellip; &bigstar;</p>", "<p>café … ★</p>")]
    public void Entities_AndDoubleEscapes_AreHandled(string html, string expected) => Assert.Equal(expected, HtmlText.Sanitize(html, Base));

    [Fact]
    public void WithoutBase_RelativeUrlsStayRelative()
    {
        var result = HtmlText.Sanitize("<a href=\"/x\">x</a>");
        Assert.Contains("href=\"/x\"", result, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyInput_IsEmpty()
    {
        Assert.Equal("", HtmlText.Sanitize(""));
        Assert.Equal("", HtmlText.Sanitize("   "));
        Assert.Equal("", HtmlText.Sanitize("<script>only</script>"));
    }

    [Fact]
    public void Sanitize_IsThreadSafe()
    {
        const string html = "<p><a href=\"/a\">a</a><img src=\"p.gif\" width=\"1\"><iframe src=\"https://evil.example\"></iframe></p>";
        var expected = HtmlText.Sanitize(html, Base);
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = HtmlText.Sanitize(html, Base));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
