using Coinwire.Normalizing;

namespace Coinwire.Tests.Normalizing;

/// <summary>
/// The DOM sanitizer (AngleSharp alone) must return exactly what HtmlSanitizer, configured with the same policy and
/// post-processing, returns: on every corpus body, on hostile markup and on generated tag soup.
/// </summary>
public class FeedHtmlSanitizerTests
{
    private const string Base = "https://news.example.com/2024/05/story.html";

    [Fact]
    public void CorpusBodies_MatchHtmlSanitizer()
    {
        var different = CorpusHtmlBodies.All
            .Where(b => FeedHtmlSanitizer.Sanitize(b.Body, b.Base?.AbsoluteUri ?? "").Trim() != HtmlSanitizerReference.Sanitize(b.Body, b.Base?.AbsoluteUri ?? ""))
            .Select(b => b.File)
            .ToList();
        Assert.Empty(different);
    }

    [Theory]
    [InlineData("<script>alert(1)</script><SCRIPT SRC=//x.example/x.js></SCRIPT><p>after</p>")]
    [InlineData("<IMG SRC=\"javascript:alert('XSS');\"><IMG SRC=JaVaScRiPt:alert('XSS')><IMG SRC=`javascript:alert(\"x\")`>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">a</a><a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">b</a>")]
    [InlineData("<a href=\" &#14;  javascript:alert(1)\">c</a><a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">d</a>")]
    [InlineData("<img src=x onerror=\"alert(1)\" onload=alert(2)><body onload=alert(3)><svg/onload=alert(4)>")]
    [InlineData("<iframe src=\"javascript:alert(1)\"></iframe><iframe srcdoc=\"<script>alert(1)</script>\"></iframe>")]
    [InlineData("<iframe src=\"https://www.youtube.com/embed/abc\">fallback <b>text</b> &lt;i&gt;</iframe>")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div><p style=\"width: expression(alert(1))\">y</p>")]
    [InlineData("<style>@import 'http://x.example/x.css'; body{background:url(javascript:alert(1))}</style><p>z</p>")]
    [InlineData("<math><mi xlink:href=\"javascript:alert(1)\">m</mi></math><svg><a xlink:href=\"javascript:alert(1)\"><text>s</text></a></svg>")]
    [InlineData("<form action=\"javascript:alert(1)\"><input type=submit formaction=\"javascript:alert(2)\"><button>b</button></form>")]
    [InlineData("<object data=\"javascript:alert(1)\"><param name=x value=y><embed src=\"javascript:alert(1)\"></object>after")]
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>")]
    [InlineData("<template><img src=x onerror=alert(1)></template><textarea><img src=x></textarea><title>t</title>")]
    [InlineData("<a href=\"/rel?a=1&b=2\" title=\"&{alert(1)}\">rel</a><img src=\"i.png\" alt=\"&{x}\"><q cite=\"//x.example/\">q</q>")]
    [InlineData("<img srcset=\"a.jpg 1x, javascript:alert(1) 2x, /b.jpg 3x\" src=\"c.jpg\"><img srcset=\" \" src=\"d.jpg\">")]
    [InlineData("<video poster=\"javascript:alert(1)\" controls><source src=\"v.mp4\" type=\"video/mp4\"></video><audio src=\"a.mp3\"></audio>")]
    [InlineData("<!-- <script>alert(1)</script> --><p>c<!--x--></p><![CDATA[<b>cdata</b>]]>")]
    [InlineData("<p>a<b>b<i>c</b>d</i>e</p><table>text<tr><td>x</td></tr></table><b><p>bold para</b></p>")]
    [InlineData("<a href=\"https://x.example/\"><a href=\"https://y.example/\">nested</a></a><h1><h2>h</h2></h1><li>stray</li>")]
    [InlineData("<img src=\"https://pixel.wp.com/g.gif\"><img src=\"a.png\" width=\"1\" height=\"1\"><img src=\"b.png\" width=\"1px\"><a></a><a> </a>")]
    [InlineData("<a href=\"mailto:news@x.example\" target=\"_self\">mail</a><a href=\"ftp://x.example/\">ftp</a><a href=\"tel:+1\">tel</a>")]
    [InlineData("<p>\u00a0nbsp&nbsp;\u00a0</p><p title=\"a\u00a0b &quot;c&quot; <d>\">e</p><pre>\n\nx</pre>")]
    [InlineData("<base href=\"javascript:alert(1)//\"><meta http-equiv=refresh content=\"0;url=javascript:alert(1)\"><link rel=stylesheet href=x>")]
    [InlineData("<div><p>x</div>y</p><select><option>o</option></select><marquee>m</marquee><center>c</center><font color=red>f</font>")]
    [InlineData("<x onclick=alert(1)>custom</x><p data-x=\"1\" class=\"c\" id=\"i\" style=\"color:red\" dir=rtl lang=en>attrs</p>")]
    public void HostileMarkup_MatchesHtmlSanitizer(string html)
    {
        Assert.Equal(HtmlSanitizerReference.Sanitize(html, Base), FeedHtmlSanitizer.Sanitize(html, Base).Trim());
        Assert.Equal(HtmlSanitizerReference.Sanitize(html, ""), FeedHtmlSanitizer.Sanitize(html, "").Trim());
    }

    [Fact]
    public void GeneratedTagSoup_MatchesHtmlSanitizer()
    {
        string[] pieces =
        [
            "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<a href=\"/x?a=1&b=2\">", "<a href='javascript:x()'>", "</a>", "<div>", "</div>",
            "<ul>", "<li>", "</ul>", "<table>", "<tr>", "<td>", "</td>", "</table>", "<img src=\"i.png\" onerror=x()>", "<br>",
            "<script>x()</script>", "<style>a{}</style>", "<!-- c -->", "<svg><path/></svg>", "<iframe src=\"https://www.youtube.com/embed/v\">",
            "</iframe>", "<iframe src=\"//evil.example/\">", "<noscript>", "</noscript>", "<form>", "</form>", "<input value=\"v\">",
            "<button>", "</button>", "<select>", "<option>", "</select>", "<textarea>", "</textarea>", "<object>", "</object>",
            "<template>", "</template>", "<math>", "</math>", "<font color=red>", "</font>", "<h2>", "</h2>", "<pre>", "</pre>",
            "text", " ", "\n", "&amp;", "&nbsp;", "&#8217;", "&{x}", "<", ">", "&", "\"", "'", "=", "<p title=\"t\"\" x'y=1>",
            "<img srcset=\"a.jpg 1x, javascript:y 2x\">", "<q cite=\"c.html\">", "</q>", "<video poster=\"p.jpg\">", "</video>",
            "<caption>", "<colgroup>", "<col>", "<dl>", "<dt>", "<dd>", "</dl>", "<span style=\"color:red\" class=c>", "</span>",
        ];
        var random = new Random(20261203);
        for (var n = 0; n < 2000; n++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(HtmlSanitizerReference.Sanitize(html, Base), FeedHtmlSanitizer.Sanitize(html, Base).Trim());
        }
    }

    [Fact]
    public void MutatedCorpusBodies_MatchHtmlSanitizer()
    {
        // Real bodies broken the ways feeds break them: cut short, a quote or bracket dropped or doubled, markup spliced.
        string[] inserts = ["<", ">", "\"", "'", "</p>", "<b>", "</a>", "<table>", "<td>", "&", "&amp", "<!--", "<svg>", "<form>", "=", "<li>"];
        var bodies = CorpusHtmlBodies.All;
        var random = new Random(3122026);
        for (var n = 0; n < Mutations; n++)
        {
            var (_, body, baseUri) = bodies[random.Next(bodies.Count)];
            var at = random.Next(body.Length);
            var html = random.Next(3) switch
            {
                0 => body[..at],
                1 => body.Remove(at, Math.Min(random.Next(1, 4), body.Length - at)),
                _ => body.Insert(at, inserts[random.Next(inserts.Length)]),
            };
            var url = baseUri?.AbsoluteUri ?? "";
            Assert.Equal(HtmlSanitizerReference.Sanitize(html, url), FeedHtmlSanitizer.Sanitize(html, url).Trim());
        }
    }

    private const int Mutations = 400;

    [Fact]
    public void ProductCode_DoesNotReferenceHtmlSanitizer() =>
        Assert.DoesNotContain(typeof(FeedHtmlSanitizer).Assembly.GetReferencedAssemblies(), a => a.Name == "HtmlSanitizer");
}
