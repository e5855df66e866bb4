using System.Text.Json;
using Coinwire.Parsing;
using Coinwire.Parsing.Xml;

namespace Coinwire.Tests.Parsing;

public class FastPathFallbackTests
{
    [Theory]
    [InlineData("doctype", "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">")]
    [InlineData("undeclared prefix", "<item><title>A</title></item><item><x:creator>B</x:creator></item>")]
    [InlineData("entity the repair leaves alone", "<item><title>A &#X41;</title></item>")]
    [InlineData("truncated document", "<item><title>A</title></item><item><title>B</title></item><item><title>C")]
    [InlineData("mismatched end tag", "<item><title>A</title></item><item><title>B</titel></item>")]
    public void Parse_FallbackGivesTheSameFeedAsSystemXml(string trigger, string part)
    {
        var xml = trigger == "doctype" ? $"{part}\n{P.Rss("<item><title>A</title></item>")}" : P.Rss(part);
        var before = XmlFeedReader.Fallbacks;
        var fast = Describe(P.Xml(xml));
        Assert.Equal(before + 1, XmlFeedReader.Fallbacks);
        Assert.Equal(SystemXmlOnly(() => Describe(P.Xml(xml))), fast);
    }

    [Fact]
    public void Parse_FallbackKeepsNoItemOrWarningOfTheFastAttempt()
    {
        var feed = P.Xml(P.Rss("<item><title>A</title></item><item><title>B</title></item><oops>"));
        Assert.Equal(["A", "B"], feed.Items.Select(i => i.Title));
        Assert.Single(feed.Warnings, w => w.StartsWith("Malformed XML", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_CleanFeedTakesTheFastPath()
    {
        var before = XmlFeedReader.Fallbacks;
        var feed = P.Xml(P.Rss("<item><title>A &amp; B</title><dc:creator>C</dc:creator></item>"));
        Assert.Equal(before, XmlFeedReader.Fallbacks);
        Assert.Equal("A & B", feed.Items[0].Title);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Not found</title></head><body/></html>")]
    [InlineData("<?xml version=\"1.0\"?><!-- sitemap --><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url/></urlset>")]
    public void Parse_NonFeedRootIsRejectedOnceWithSystemXmlsError(string xml)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(xml);
        var before = XmlFeedReader.Fallbacks;
        var fast = Outcome(bytes);
        Assert.Equal(before, XmlFeedReader.Fallbacks);
        Assert.Equal(SystemXmlOnly(() => Outcome(bytes)), fast);
    }

    [Fact]
    public void Parse_FastPathGivesTheSameFeedAsSystemXmlOnEveryCorpusFile()
    {
        foreach (var file in Corpus.Files())
        {
            var bytes = Corpus.Bytes(file);
            Assert.True(SystemXmlOnly(() => Outcome(bytes)) == Outcome(bytes), file);
        }
    }

    public static TheoryData<int> MutationSeeds => new(Enumerable.Range(1, 4));

    [Theory]
    [MemberData(nameof(MutationSeeds))]
    public void Parse_FastPathGivesTheSameFeedAsSystemXmlOnDamagedCorpusFiles(int seed)
    {
        var random = new Random(seed);
        var files = Corpus.Files().ToArray();
        for (var run = 0; run < 50; run++)
        {
            var file = files[random.Next(files.Length)];
            var bytes = MutatedCorpusTests.Mutate(Corpus.Bytes(file), random);
            Assert.True(SystemXmlOnly(() => Outcome(bytes)) == Outcome(bytes), $"{file} (seed {seed}, run {run})");
        }
    }

    [Theory]
    [InlineData("xhtml with references, CRLF and CDATA", "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p class=\"a&amp;b\r\nc\">x &lt; y\r\n&#8217;<![CDATA[<raw>\r\n]]></p><br/><!-- c --><?pi x?><span title=\"&quot;q&quot;\"> </span></div></content>")]
    [InlineData("html text split by CDATA and whitespace", "<summary type=\"html\">  <![CDATA[<p>a</p>]]>\r\n  &lt;b&gt;  <![CDATA[c]]>  </summary>")]
    [InlineData("decoded layout whitespace kept while later text is decoded", "<summary type=\"html\"><![CDATA[a]]>&#32;<!-- c -->x&amp;y&#13;z\r\nw</summary>")]
    [InlineData("xhtml with prefixed elements and xml:lang", "<content type=\"xhtml\"><h:div xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:p xml:lang=\"en\" h:title=\"t\">p</h:p>tail &amp; more</h:div></content>")]
    public void Parse_FastPathBuildsMarkupAsSystemXmlDoes(string shape, string body)
    {
        var xml = $"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>1</id><title>e</title>{body}</entry></feed>";
        var before = XmlFeedReader.Fallbacks;
        var fast = Describe(P.Xml(xml));
        Assert.True(before == XmlFeedReader.Fallbacks, shape);
        Assert.Equal(SystemXmlOnly(() => Describe(P.Xml(xml))), fast);
    }

    [Theory]
    [InlineData("<item><title>A & B</title></item>", "A & B", "Escaped 1 bare '&' character(s).")]
    [InlineData("<item><title>caf&eacute;</title></item>", "café", "Replaced 1 undeclared HTML entity reference(s).")]
    [InlineData("<item><title>1&#150;2</title></item>", "1–2", "Removed or remapped 1 control character(s).")]
    [InlineData("<item><title>1&#x96;2</title><enclosure url=\"http://e.com/a?b=1&#150;\" length=\"1\" type=\"audio/mpeg\"/></item>", "1–2", "Removed or remapped 2 control character(s).")]
    [InlineData("<item><title>A</title><enclosure url=\"http://e.com/a?b=1&c=2\" length=\"1\" type=\"audio/mpeg\"/></item>", "A", "Escaped 1 bare '&' character(s).")]
    [InlineData("<!-- Tom & Jerry --><item><title>A</title></item>", "A", "Escaped 1 bare '&' character(s).")]
    [InlineData("<?cache generated=\"a&b\"?><item><title>A</title></item>", "A", "Escaped 1 bare '&' character(s).")]
    public void Parse_TextThatNeedsRepairIsRepairedAndThenReadFast(string items, string title, string warning)
    {
        var before = XmlFeedReader.Fallbacks;
        var feed = P.Xml(P.Rss(items));
        Assert.Equal(before, XmlFeedReader.Fallbacks);
        Assert.Equal(title, feed.Items[0].Title);
        Assert.Contains(warning, feed.Warnings);
    }

    [Theory]
    [InlineData("<item><title>1\u00962</title></item>", "1–2", "Removed or remapped 1 control character(s).")]
    [InlineData("<item><title>A\u0001B</title></item>", "AB", "Removed or remapped 1 control character(s).")]
    public void Parse_RawControlCharactersInUtf8AreRepaired(string items, string title, string warning)
    {
        var feed = P.Xml(P.Rss(items));
        Assert.Equal(title, feed.Items[0].Title);
        Assert.Contains(warning, feed.Warnings);
    }

    [Fact]
    public void Parse_NoncharacterInUtf8IsLeftToSystemXml()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(P.Rss("<item><title>A\uFFFFB</title></item>"));
        var before = XmlFeedReader.Fallbacks;
        var fast = Outcome(bytes);
        Assert.Equal(before + 1, XmlFeedReader.Fallbacks);
        Assert.Equal(SystemXmlOnly(() => Outcome(bytes)), fast);
    }

    private static string Outcome(byte[] bytes)
    {
        try
        {
            return Describe(FeedParser.Parse(bytes));
        }
        catch (FeedParseException ex)
        {
            return $"{ex.Error}: {ex.Message}";
        }
    }

    private static string Describe(ParsedFeed feed) => JsonSerializer.Serialize(feed);

    private static T SystemXmlOnly<T>(Func<T> parse)
    {
        XmlFeedReader.SystemXmlOnly = true;
        try
        {
            return parse();
        }
        finally
        {
            XmlFeedReader.SystemXmlOnly = false;
        }
    }
}
