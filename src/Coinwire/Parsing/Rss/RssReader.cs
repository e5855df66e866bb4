using System.Xml;
using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing.Rss;

/// <summary>RSS 0.91–0.94 and 2.0: the version comes from the root's <c>version</c> attribute.</summary>
internal static class RssReader
{
    /// <summary>Reads the document whose root <c>&lt;rss&gt;</c> is under the reader.</summary>
    public static void Read(XmlReader reader, FeedNames names, ParsedFeed feed, Uri? feedUrl)
    {
        feed.Format = reader.GetAttribute("version")?.Trim() switch
        {
            "0.91" => FeedFormat.Rss091,
            "0.92" => FeedFormat.Rss092,
            "0.93" => FeedFormat.Rss093,
            "0.94" => FeedFormat.Rss094,
            _ => FeedFormat.Rss20,
        };
        RssChannelWalker.Walk(reader, names, feed, feedUrl);
    }
}
