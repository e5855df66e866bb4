using Coinwire.Normalizing;

namespace Coinwire.Tests.Normalizing;

public class LinksTests
{
    private static readonly Uri Base = new("https://news.example.com/feeds/rss.xml");

    [Theory]
    [InlineData("https://example.com/a?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+x", "https://example.com/a")]
    [InlineData("https://example.com/a?id=5&fbclid=IwAR0x&page=2", "https://example.com/a?id=5&page=2")]
    [InlineData("https://example.com/a?gclid=1&dclid=2&msclkid=3&mc_cid=4&mc_eid=5&_hsenc=6&_hsmi=7", "https://example.com/a")]
    [InlineData("https://example.com/a?igshid=1&yclid=2&ref_src=twsrc&cmpid=rss&ncid=rss&sr_share=twitter", "https://example.com/a")]
    [InlineData("https://example.com/a?guccounter=1&__twitter_impression=true&at_medium=RSS&at_campaign=KWCD", "https://example.com/a")]
    [InlineData("https://example.com/a?UTM_Source=x&b=2&a=1", "https://example.com/a?b=2&a=1")]
    [InlineData("https://example.com/a?utm%5Fsource=x&keep=1", "https://example.com/a?keep=1")]
    [InlineData("https://example.com/search?q=utm_source&x=", "https://example.com/search?q=utm_source&x=")]
    public void TrackingParameters_AreStripped_OthersKeptInOrder(string url, string expected) =>
        Assert.Equal(expected, Links.Canonicalize(url));

    [Theory]
    [InlineData("HTTPS://News.Example.COM:443/Path/Case", "https://news.example.com/Path/Case")]
    [InlineData("http://example.com:80/x", "http://example.com/x")]
    [InlineData("http://example.com:8080/x", "http://example.com:8080/x")]
    [InlineData("  https://example.com/x \n", "https://example.com/x")]
    [InlineData("https://example.com", "https://example.com/")]
    [InlineData("https://user:pass@example.com/x", "https://example.com/x")]
    [InlineData("https://example.com/a/../b/./c", "https://example.com/b/c")]
    [InlineData("https://bücher.example/x", "https://xn--bcher-kva.example/x")]
    [InlineData("http://[::1]:8080/x", "http://[::1]:8080/x")]
    public void SchemeHostAndPort_AreNormalized(string url, string expected) =>
        Assert.Equal(expected, Links.Canonicalize(url));

    [Theory]
    [InlineData("/2024/05/btc", "https://news.example.com/2024/05/btc")]
    [InlineData("article.html?id=1", "https://news.example.com/feeds/article.html?id=1")]
    [InlineData("../img/a.png", "https://news.example.com/img/a.png")]
    [InlineData("//cdn.example.net/x.js", "https://cdn.example.net/x.js")]
    [InlineData("?page=2", "https://news.example.com/feeds/rss.xml?page=2")]
    public void RelativeUrls_ResolveAgainstBase(string url, string expected) =>
        Assert.Equal(expected, Links.Canonicalize(url, Base));

    [Theory]
    [InlineData("https://example.com/app#!/news/123", "https://example.com/app#!/news/123")]
    [InlineData("https://example.com/a#section-2", "https://example.com/a#section-2")]
    [InlineData("https://www.lemonde.fr/a.html#xtor=RSS-3208", "https://www.lemonde.fr/a.html")]
    [InlineData("https://example.com/a#utm_source=feed&utm_medium=rss", "https://example.com/a")]
    [InlineData("https://example.com/a#ref=rss", "https://example.com/a")]
    [InlineData("https://example.com/a#", "https://example.com/a")]
    public void Fragments_AreKeptUnlessTracking(string url, string expected) =>
        Assert.Equal(expected, Links.Canonicalize(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("mailto:a@example.com")]
    [InlineData("ftp://example.com/file")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/without/base")]
    [InlineData("relative-without-base")]
    [InlineData("http://")]
    [InlineData("https://exa mple.com/")]
    [InlineData("https://www.c\uFFFDoindesk.com/x")]
    public void NonHttpOrUnresolvable_IsNull(string? url) => Assert.Null(Links.Canonicalize(url));

    [Fact]
    public void ProtocolRelative_WithoutBase_AssumesHttps() =>
        Assert.Equal("https://cdn.example.net/x", Links.Canonicalize("//cdn.example.net/x"));

    [Fact]
    public void RelativeBase_IsIgnored() =>
        Assert.Null(Links.Canonicalize("a.html", new Uri("/feeds/", UriKind.Relative)));

    [Fact]
    public void Canonicalize_IsIdempotent()
    {
        var once = Links.Canonicalize("HTTP://Example.com:80/a/../b?x=1&utm_source=y#frag");
        Assert.Equal("http://example.com/b?x=1#frag", once);
        Assert.Equal(once, Links.Canonicalize(once));
    }
}
