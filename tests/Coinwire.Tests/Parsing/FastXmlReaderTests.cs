using Coinwire.Parsing.Xml;

namespace Coinwire.Tests.Parsing;

public class FastXmlReaderTests
{
    [Fact]
    public void FastReader_ReportsTheSameNodesAsSystemXmlOnEveryCorpusFile()
    {
        var read = 0;
        foreach (var file in Corpus.Files().Where(f => f.EndsWith(".xml", StringComparison.Ordinal)))
        {
            if (XmlNodeStream.Repaired(Corpus.Bytes(file)) is not { } text)
            {
                continue;
            }
            var (expected, actual, complete) = XmlNodeStream.Both(text, 0, text.Length);
            // Where the fast reader gives up, every node it reported before must still agree.
            Assert.True(complete ? expected.SequenceEqual(actual) : expected.Take(actual.Count).SequenceEqual(actual), file);
            read += complete ? 1 : 0;
        }
        Assert.True(read >= 100, $"the fast reader read only {read} corpus files to the end");
    }

    [Theory]
    [InlineData("<r>\r\n  <a x=\"a\tb\r\nc&#9;d&#13;&#10;e\" y='\r'>t&#32;</a>\r</r>")]
    [InlineData("<r xml:space=\"preserve\"> <a> </a><b xml:space=\"default\"> <c/> </b>&#32;&#x9;\r\n</r>")]
    [InlineData("<r xml:lang=\"en\"><a xml:lang=\"de\"><b/>x</a><c xml:lang=''/></r>")]
    [InlineData("<r xmlns=\"urn:a\" xmlns:p=\"urn:p\"><p:a p:x=\"1\" x=\"2\"/><b xmlns=\"\"><c/></b><p:d xmlns:p=\"urn:q\"/></r>")]
    [InlineData("<r xmlns=\"urn:a\"><b xmlns=\"\"><c/><d xmlns=\"urn:d\"><e/></d><f/></b><g/></r>")]
    [InlineData("<r><![CDATA[a\r\nb\rc]]> <![CDATA[]]>x&amp;&lt;&gt;&quot;&apos;&#x1F600;&#65;</r>")]
    [InlineData("<r><!-- c --> <?pi data?> t<!--x-->u<?p?></r>")]
    [InlineData("<rss><channel><dc:creator>a</dc:creator><media:content url='u&amp;v' medium=\"image\"/></channel></rss>")]
    [InlineData(" \n<r a = 'x' b=\"y'\"  \n/>\n <!-- after --> \n")]
    [InlineData("<r>a]b]]c<a\n>&#32;&#10;</a\n></r>")]
    [InlineData("<r><![CDATA[a]b]]c]]]><![CDATA[]]]]><![CDATA[>]]]]><![CDATA[x]]></r>")]
    [InlineData("<r xml:base=\"http://x/\"><a xmlns:dc=\"urn:dc\" dc:x=\"1\" xml:lang=\"fr\">\u00e9t\u00e9 \ud83d\ude00</a></r>")]
    public void FastReader_ReportsTheSameNodesAsSystemXmlOnEdgeCases(string xml)
    {
        var (expected, actual, complete) = XmlNodeStream.Both(xml.ToCharArray(), 0, xml.Length);
        Assert.True(complete);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("<!DOCTYPE r><r/>")]
    [InlineData("<r>&e;</r>")]
    [InlineData("<r>&#X41;</r>")]
    [InlineData("<r>&#0;</r>")]
    [InlineData("<p:r/>")]
    [InlineData("<r><a></b></r>")]
    [InlineData("<r><a>")]
    [InlineData("<r a='1' a='2'/>")]
    [InlineData("<r xmlns:p='urn:x' xmlns:q='urn:x' p:a='1' q:a='2'/>")]
    [InlineData("<r a='<'/>")]
    [InlineData("<r a='1'b='2'/>")]
    [InlineData("<r/>text")]
    [InlineData("<r/><r/>")]
    [InlineData("<!-- c -->&#13;\n<r/>")]
    [InlineData("<r/>&#32;")]
    [InlineData("<r>]]></r>")]
    [InlineData("<r><!-- a -- b --></r>")]
    [InlineData("<?xml version='1.0'?><r/>")]
    [InlineData("<r xmlns:p=''/>")]
    [InlineData("<r xml:space='keep'/>")]
    [InlineData("<\u00e9/>")]
    [InlineData("<r>\u0001</r>")]
    public void FastReader_GivesUpOnAnythingOutsideItsSubset(string xml)
    {
        var names = FeedNames.Rent();
        Assert.Throws<FastXmlUnsupportedException>(() =>
        {
            using var reader = XmlFeedReader.CreateFastReader(xml.ToCharArray(), 0, xml.Length, names);
            while (reader.Read())
            {
                _ = reader.Value;
            }
        });
    }

    [Fact]
    public void FastReader_GivesUpOnAnUnpairedSurrogate()
    {
        var xml = new[] { '<', 'r', '>', (char)0xD800, '<', '/', 'r', '>' };
        Assert.Throws<FastXmlUnsupportedException>(() => XmlFeedReader.CreateFastReader(xml, 0, xml.Length, FeedNames.Rent()));
    }

    [Fact]
    public void FastReader_NeverExpandsAnEntityDeclaredInADoctype()
    {
        // The fast reader does not read DTDs at all: the document goes to System.Xml, which ignores the DTD.
        const string Xml = "<!DOCTYPE r [<!ENTITY e \"boom\">]><r>&e;</r>";
        var names = FeedNames.Rent();
        using var reader = XmlFeedReader.CreateFastReader(Xml.ToCharArray(), 0, Xml.Length, names);
        Assert.Throws<FastXmlUnsupportedException>(() => reader.Read());
    }
}
