using System.Text;
using Coinwire.Parsing;

namespace Coinwire.Tests.Parsing;

/// <summary>Shortcuts for parsing corpus files and inline documents.</summary>
internal static class P
{
    public static ParsedFeed File(string corpusFile, string? contentType = null, Uri? feedUrl = null) =>
        FeedParser.Parse(Corpus.Bytes(corpusFile), contentType, feedUrl);

    public static ParsedFeed Xml(string document, Uri? feedUrl = null) => FeedParser.Parse(Encoding.UTF8.GetBytes(document), null, feedUrl);

    public static string Rss(string items, string channel = "<title>T</title><link>https://example.com/</link>") =>
        $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>{channel}{items}</channel></rss>";
}
