using System.Xml;
using Coinwire.Parsing.Rss;
using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing.Rdf;

/// <summary>
/// RSS 1.0 and 0.90 (<c>rdf:RDF</c> root): items are siblings of the channel, the id is <c>rdf:about</c> and the
/// date is <c>dc:date</c>; the channel's namespace tells the two versions apart.
/// </summary>
internal static class RdfReader
{
    /// <summary>Reads the document whose root <c>rdf:RDF</c> is under the reader.</summary>
    public static void Read(XmlReader reader, FeedNames names, ParsedFeed feed, Uri? feedUrl)
    {
        feed.Format = FeedFormat.Rss10;
        RssChannelWalker.Walk(reader, names, feed, feedUrl, channelNs =>
        {
            if ((object)channelNs == names.Rss090Ns)
            {
                feed.Format = FeedFormat.Rss090;
            }
        });
    }
}
