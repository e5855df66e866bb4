using System.Xml;
using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing.Rss;

/// <summary>
/// Streams an RSS or RDF document: channel title/link/language, and every <c>&lt;item&gt;</c> wherever it sits
/// (inside the channel for RSS 2.0, beside it for RDF, or illegally nested elsewhere).
/// </summary>
internal static class RssChannelWalker
{
    /// <summary>
    /// Reads from the root element to the end; items are added to the feed as each one completes. The optional callback
    /// gets the namespace of each <c>channel</c> element (RDF uses it to tell 0.90 from 1.0).
    /// </summary>
    public static void Walk(XmlReader reader, FeedNames n, ParsedFeed feed, Uri? feedUrl, Action<string>? onChannel = null)
    {
        var rootNs = reader.NamespaceURI;
        var xmlBase = XmlUris.ElementBase(reader, n, null);
        var channelDepth = -1;
        Uri? linkBase = null;
        string? atomLink = null;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == channelDepth)
            {
                channelDepth = -1;
            }
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            if (reader.Depth > ElementContent.MaxDepth)
            {
                throw new XmlException($"Elements nested deeper than {ElementContent.MaxDepth} levels.");
            }
            var name = reader.LocalName;
            var ns = reader.NamespaceURI;
            var isCore = (object)ns == n.Empty || (object)ns == n.Rss10Ns || (object)ns == n.Rss090Ns || (object)ns == rootNs;
            if (isCore && (object)name == n.Item)
            {
                var raw = RssItemReader.Read(reader, n, xmlBase ?? linkBase ?? feedUrl, rootNs);
                feed.Items.Add(RssAdapter.ToFeedItem(raw, feed.Language));
            }
            else if (isCore && (object)name == n.Channel)
            {
                onChannel?.Invoke(ns);
                channelDepth = reader.Depth;
                xmlBase = XmlUris.ElementBase(reader, n, xmlBase);
                feed.Language ??= RssItemReader.NullIfBlank(reader.XmlLang);
                reader.Read();
            }
            else if (channelDepth >= 0 && reader.Depth == channelDepth + 1 && n.IsAtom(ns) && (object)name == n.Link)
            {
                // Read (and so passed) even when a link is already known: "??=" would skip the call and read this
                // element forever.
                var href = AlternateHref(reader, n, xmlBase ?? feedUrl);
                atomLink ??= href;
            }
            else if (channelDepth >= 0 && reader.Depth == channelDepth + 1 && ReadChannelField(reader, n, feed, isCore, name, ns))
            {
                linkBase ??= XmlUris.Resolve(xmlBase ?? feedUrl, feed.Link);
            }
            else
            {
                reader.Read();
            }
        }
        // An alternate atom:link is the site link only for channels without an RSS <link> (some .NET writers emit just that).
        feed.Link ??= atomLink;
    }

    /// <summary>The href of the atom:link under the reader when it is an alternate link (no rel or rel="alternate"); moves past it.</summary>
    private static string? AlternateHref(XmlReader reader, FeedNames n, Uri? baseUri)
    {
        var rel = reader.GetAttribute(n.Rel)?.Trim();
        var href = rel is null or "alternate" ? XmlUris.ResolveString(XmlUris.ElementBase(reader, n, baseUri), reader.GetAttribute(n.Href)) : null;
        reader.Skip();
        return href;
    }

    /// <summary>Reads a channel-level field; false (reader untouched) when the element is not one.</summary>
    private static bool ReadChannelField(XmlReader reader, FeedNames n, ParsedFeed feed, bool isCore, string name, string ns)
    {
        if ((isCore || n.IsDc(ns)) && (object)name == n.Title)
        {
            var value = ElementContent.Read(reader);
            feed.Title ??= value;
        }
        else if (isCore && (object)name == n.Link)
        {
            var value = RssItemReader.NullIfBlank(ElementContent.Read(reader));
            feed.Link ??= value;
        }
        else if ((isCore || n.IsDc(ns)) && (object)name == n.Language)
        {
            var value = RssItemReader.NullIfBlank(ElementContent.Read(reader));
            feed.Language ??= value;
        }
        else
        {
            return false;
        }
        return true;
    }
}
