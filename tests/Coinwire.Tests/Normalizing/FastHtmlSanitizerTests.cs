using Coinwire.Normalizing;
using Coinwire.Parsing;
using Coinwire.Tests.Parsing;

namespace Coinwire.Tests.Normalizing;

/// <summary>
/// The DOM-free sanitizer must return exactly what the DOM sanitizer (AngleSharp, HtmlSanitizer's rules, our
/// post-processing; held to HtmlSanitizer itself by <see cref="FeedHtmlSanitizerTests"/>) returns, or decline.
/// </summary>
public class FastHtmlSanitizerTests
{
    private static readonly Uri Base = new("https://news.example.com/2024/05/story.html");

    [Fact]
    public void CorpusBodies_MatchTheFullSanitizer()
    {
        var different = CorpusHtmlBodies.All
            .Where(b => HtmlText.SanitizeMarkup(b.Body, b.Base) != HtmlText.SanitizeMarkup(b.Body, b.Base, fastPath: false))
            .Select(b => b.File)
            .ToList();
        Assert.Empty(different);
    }

    [Fact]
    public void CorpusBodies_MostTakeTheFastPath()
    {
        var bodies = CorpusHtmlBodies.All;
        var taken = bodies.Count(b => FastHtmlSanitizer.TrySanitize(b.Body, b.Base?.AbsoluteUri ?? string.Empty, out _));
        Assert.True(bodies.Count > 1500, $"only {bodies.Count} bodies with markup in the corpus");
        Assert.True(taken >= bodies.Count * 0.9, $"fast path took {taken} of {bodies.Count} bodies");
    }

    [Fact]
    public void StrayQuoteAfterAttributeValue_TakesTheFastPath()
    {
        // The tokenizer reads the second quote of data-c='#1F98C7'' as an attribute named "'" (a 2011 TechCrunch body).
        const string html = "<span><a href='http://twitter.com/x' class='b' data-link-color='#1F98C7''>Follow</a></span>";
        Assert.True(FastHtmlSanitizer.TrySanitize(html, Base.AbsoluteUri, out var fast));
        Assert.Equal(HtmlText.SanitizeMarkup(html, Base, fastPath: false), fast);
    }

    [Theory]
    [InlineData("<p>Bitcoin <b>rallies</b> &amp; <i>ether</i> follows</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a><a href=\"JaVaScRiPt:alert(1)\">y</a><a href=\"java&#58;script\">z</a>")]
    [InlineData("<img src=x onerror=alert(1)><img src=\"/rel.png\" width=\"1\"><img src=\"https://pixel.wp.com/g.gif\">")]
    [InlineData("<scr<script>ipt>alert(1)</script><style>p{}</style>after")]
    [InlineData("<a href=\"/a?x=1&y=2&amp;z=3&copy=4&not\">q</a> &notit; &amp &lt;b&gt; &#8230; &#x1F680; &#39")]
    [InlineData("<p>a<div>b</div></p><p>c<p>d</p></p>")]
    [InlineData("<img src=a.png></img><br></br><hr/><p>x</br >y</p>")]
    [InlineData("<svg width=1><path d=\"M0 0\"/><g><circle/></g></svg><p>after</p>")]
    [InlineData("<iframe src=\"http://www.youtube.com/embed/abc?x=1\" width=560></iframe><iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("<pre>\ncode</pre><pre><!-- c -->\nx</pre><pre><font>\ny</font></pre>")]
    [InlineData("<ul><li>a<li>b</ul><ol><li>c</li></ol><dl><dt>t<dd>d</dl>")]
    [InlineData("<a> </a><a>&nbsp;</a><a><img src=\"https://x.example/1.png\" height=1></a><a><br></a>")]
    [InlineData("<a href=x target=foo title='t \"q\"' TITLE=dup CLASS=c style=\"color:red\">t</a>")]
    [InlineData("<img src=\"a.jpg\" srcset=\"/x.jpg 300w,\n y.jpg 2x, javascript:alert(1) 3x\" sizes=\"100vw\" alt=\"&quot;x&quot;\">")]
    [InlineData("<!-- c --><!--> <!---> text <!-- a --!> b --> <? pi ?> </ x>")]
    [InlineData("<table><tr><td>cell</td></tr></table><form><input name=q></form>")]
    [InlineData("<p>x<table align=center>\n <caption>c</caption><thead><tr><th colspan=2>h</th></tr></thead>\n<tr><td><p>a</td></tr></table>")]
    [InlineData("<table><tr><td>a</td></tr><tbody><tr><td>b</td></tr></tbody></table><table>text<tr><td>c</table>")]
    [InlineData("<table><td>no row</td></table><td>stray</td><table><tr><td><table><tr><td>nested</td></tr></table></td></tr></table>")]
    [InlineData("unclosed <b>bold <i>italic <a href=\"https://x.example/\">link")]
    [InlineData("<H1 Title=X>Head</H1><h2><h3>x</h3></h2><p>\u00a0nbsp\u00a0</p>")]
    [InlineData("<p title=a&{b}>x</p><a href=\"https://x.example/&{x}\">y</a><q cite=\"c.html\">q</q>")]
    [InlineData("<ol><li>one\n<li>two<p>para\n<li>three</ol><div><p>open para</div><dl><dt>t<dt>u<dd>d<dd>e</dl>")]
    [InlineData("<g class=x>grammarly</g> <spam>typo</spam> <custom1>c</custom1> <canvas>drop</canvas> <nobr>n</nobr>")]
    [InlineData("<table>\n<colgroup><col width=50>\n<col></colgroup><col><tr><td>x</td></tr></table><p>line&#13;end &#13</p>")]
    [InlineData("<div><table><tr><td><p>x</div>y</td></tr></table></div><h2><p>in</h2><ul><li><ul><li>a</ul></ul>")]
    [InlineData("<table></p><tr><td>x</td></tr></br></img></table><pre>\nkept\n</pre><pre>\n\ntwo</pre>")]
    [InlineData("<p>x<html lang=en><body class=b>y</body></html> z</p><head>h</head><table><tr><td><body>c</td></tr></table>")]
    [InlineData("<a href=\"/1\">one<a href=\"/2\">two</a> tail</a> <a><b><a>x</a></b></a> </a>")]
    [InlineData("<table><tr><td>a</td></td><th>b</th></th></tr></table></a><ul><li>z</li></td></ul>")]
    [InlineData("<script><!-- var a = 1; //--></script><p>after</p><script><!-- <script>x</script> --></script>y")]
    [InlineData("<table><colgroup><col width=\"25%\"></col><col></col></colgroup><tr><td>x</td></tr></table>")]
    [InlineData("<iframe src=\"https://docs.example/form\"><a href=\"/f\">Loading…</a></iframe><iframe src=\"https://www.youtube.com/embed/x\">text <b></iframe>")]
    [InlineData("<table><tbody><tr><td>a<td>b</tr><tr><td>c</table><table><thead><tr><th>h</thead><tr><td>d</tr></table>")]
    [InlineData("<table><tr><td><table><tr><td>in</tr></table></td></tr></table><table><caption>c</table>z")]
    [InlineData("<div><a href=\"/x\">x <span>s <a href=\"/y\">y</a> t</span> u</a></div><p>q</span></em></mark>r</p>")]
    [InlineData("<a href=\"/x\"><b>b<a>inner</a></b></a><a><div><a>d</a></div></a><a><font><a>f</a></font></a>")]
    [InlineData("<q c\u0130te=\"c.html\" T\u0130TLE=t>q</q><img src=a.png alt=\"\u212A\" \u212Aeep=1>")]
    [InlineData("<a href='https://x.example/' data-c='#1F98C7''>follow</a><p title=\"a\"\"b\" x'y=1 \"q=2>t</p><span a<b c=d<e>s</span>")]
    [InlineData("<img src=\"a.png\"'' alt=x><a href=\"/r\"<b>l</a><p '=1 \"=2>x</p>")]
    public void Markup_MatchesTheFullSanitizer(string html) =>
        Assert.Equal(HtmlText.SanitizeMarkup(html, Base, fastPath: false), HtmlText.SanitizeMarkup(html, Base));

    [Fact]
    public void GeneratedMarkup_MatchesTheFullSanitizer()
    {
        string[] pieces =
        [
            "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<a href=\"https://x.example/?a=1&b=2\">", "<a href='/rel'>", "</a>",
            "<div>", "</div>", "<ul>", "</ul>", "<li>", "</li>", "<br>", "</br>", "<img src=\"i.png\">", "</img>",
            "<span class=\"x\">", "</span>", "<section>", "</section>", "<font color=red>", "</font>", "<h2>", "</h2>",
            "<pre>", "</pre>", "<blockquote>", "</blockquote>", "<script>x</script>", "<style>a</style>", "<!-- c -->",
            "<svg><path/></svg>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<tbody>", "text", " ", "\n", "\r\n", "&amp;", "&nbsp;", "&#8217;", "&copy",
            "&bogus;", "<", ">", "&", "\"", "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>", "<wbr>",
            "<p class=a id=b onclick=\"x()\">", "<a>", "<em>", "</em>", "<dl>", "<dt>", "<dd>", "</dl>", "<hr>",
            "<ol>", "</ol>", "</li>", "<g>", "</g>", "<colgroup>", "<col>", "&#13;", "<caption>", "</h2>",
            "<body>", "</body>", "<html>", "</html>", "<head>", "</th>", "<script><!-- x --></script>", "</tbody>", "<thead>", "<mark>", "</mark>", "</span>",
            "<a href='/q' data-c='#1''>", "<span title=\"t\"\" x'y=1>", "<p a<b>", "<img src=x.png\"\">",
        ];
        var random = new Random(20261202);
        for (var n = 0; n < 3000; n++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 25)).Select(_ => pieces[random.Next(pieces.Length)]);
            var html = string.Concat(parts);
            Assert.Equal(HtmlText.SanitizeMarkup(html, Base, fastPath: false), HtmlText.SanitizeMarkup(html, Base));
        }
    }

    [Fact]
    public void TagTable_AgreesWithTheAllowList()
    {
        var allowed = FeedHtmlPolicy.AllowedTags.ToHashSet(StringComparer.Ordinal);
        foreach (var name in FastHtmlTags.Names)
        {
            Assert.True(FastHtmlTags.TryGet(name, out var kind));
            Assert.Equal(allowed.Contains(name), kind.HasFlag(FastTag.Allowed));
        }
    }
}
