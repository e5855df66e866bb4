using System.Text;
using System.Xml;
using Coinwire.Parsing;
using Coinwire.Parsing.Text;
using Coinwire.Parsing.Xml;

namespace Coinwire.Tests.Parsing;

/// <summary>Runs System.Xml's reader and the fast reader over the same text and lists the nodes each reports.</summary>
internal static class XmlNodeStream
{
    /// <summary>The nodes of both readers over <paramref name="text"/>; <c>FastComplete</c> is false when the fast reader gave up.</summary>
    public static (List<string> SystemXml, List<string> Fast, bool FastComplete) Both(char[] text, int offset, int length)
    {
        var names = FeedNames.Rent();
        using var textReader = new CharBufferReader(text, offset, length);
        using var systemXml = XmlFeedReader.CreateSystemXmlReader(textReader, names, FeedParser.MaxInputBytes * 2L);
        var expected = Read(systemXml, out _);
        List<string> actual;
        bool complete;
        try
        {
            using var fast = XmlFeedReader.CreateFastReader(text, offset, length, names);
            actual = Read(fast, out complete);
        }
        catch (FastXmlUnsupportedException)
        {
            (actual, complete) = ([], false);
        }
        return (expected, actual, complete);
    }

    /// <summary>The repaired text <see cref="FeedParser"/> hands the XML readers for <paramref name="bytes"/>, or null for non-XML input.</summary>
    public static char[]? Repaired(byte[] bytes)
    {
        var feed = new ParsedFeed();
        using var decoded = FeedDecoder.Decode(bytes, null, feed);
        var (start, kind) = InputSniffer.Classify(decoded.Span, feed.Warnings);
        if (kind != InputKind.Xml)
        {
            return null;
        }
        var (buffer, offset, length) = XmlTextRepair.Run(decoded, start, feed.Warnings);
        var copy = buffer.Buffer.AsSpan(offset, length).ToArray();
        if (!ReferenceEquals(buffer, decoded))
        {
            buffer.Dispose();
        }
        return copy;
    }

    private static List<string> Read(XmlReader reader, out bool complete)
    {
        var nodes = new List<string>();
        complete = false;
        try
        {
            while (reader.Read())
            {
                nodes.Add(Describe(reader));
            }
            complete = true;
        }
        catch (Exception ex) when (ex is XmlException or FastXmlUnsupportedException)
        {
        }
        return nodes;
    }

    private static string Describe(XmlReader r)
    {
        var table = r.NameTable!;
        // Readers compare names by reference: they must come from the shared table.
        var atomized = ReferenceEquals(table.Get(r.LocalName), r.LocalName) && ReferenceEquals(table.Get(r.NamespaceURI), r.NamespaceURI);
        var node = new StringBuilder($"{r.NodeType} {r.Depth} {r.Prefix}:{r.LocalName} [{r.NamespaceURI}] atomized={atomized} ")
            .Append($"empty={r.IsEmptyElement} lang={r.XmlLang} space={r.XmlSpace} attrs={r.AttributeCount} value={r.Value}");
        if (r.MoveToFirstAttribute())
        {
            do
            {
                node.Append($" @{r.Prefix}:{r.LocalName}[{r.NamespaceURI}] {r.Depth} {r.NodeType}={r.Value}|{r.GetAttribute(r.Name)}");
            }
            while (r.MoveToNextAttribute());
            r.MoveToElement();
        }
        return node.ToString();
    }
}
