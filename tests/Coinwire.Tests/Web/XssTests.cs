namespace Coinwire.Tests.Web;

public partial class XssTests(WebFixture site) : IClassFixture<WebFixture>
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(javascript|vbscript|data):", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ScriptUrl();

    [Theory]
    [InlineData("/articles/" + WebFixture.XssSlug)]
    [InlineData("/")]
    [InlineData("/coins/ETH")]
    [InlineData("/search?q=evil")]
    [InlineData("/?source=evil_onmouseover_alert_2_script_alert_3_script_")]
    public async Task HostileArticle_NothingExecutableInPage(string url)
    {
        var html = await site.Client.GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Evil &lt;script&gt;alert(1)&lt;/script&gt; title", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\" onmouseover=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        // Parsed as a browser would: no script element, no event handler, no script URL anywhere in the DOM.
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Empty(doc.QuerySelectorAll("script, iframe, object, embed"));
        foreach (var element in doc.All)
        {
            foreach (var attr in element.Attributes)
            {
                Assert.False(attr.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attr.Name}=…>");
                Assert.DoesNotMatch(ScriptUrl(), attr.Value);
            }
        }
    }

    [Fact]
    public async Task HostileArticle_LinksNeutralized()
    {
        var html = await site.Client.GetStringAsync(new Uri("/articles/" + WebFixture.XssSlug, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<a href=\"#\" rel=\"nofollow noopener\">click me</a>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(5)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Evil &quot; onmouseover=&quot;alert(2)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feeds/rss.xml")]
    [InlineData("/feeds/atom.xml")]
    [InlineData("/feeds/feed.json")]
    [InlineData("/api/articles/" + WebFixture.XssSlug)]
    public async Task HostileArticle_FeedsAndApiCarryNoLiveMarkup(string url)
    {
        var body = await site.Client.GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", body, StringComparison.OrdinalIgnoreCase);
    }
}
