using System.Xml;
using Coinwire.Parsing.Rss;
using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing.Atom;

/// <summary>Atom 1.0 and 0.3 (<c>&lt;feed&gt;</c> root): feed title, alternate link, xml:lang, authors, and every entry.</summary>
internal static class AtomReader
{
    /// <summary>Reads the document whose root <c>&lt;feed&gt;</c> is under the reader.</summary>
    public static void Read(XmlReader reader, FeedNames n, ParsedFeed feed, Uri? feedUrl)
    {
        // A <feed> root in another default namespace (a draft's, a mistyped one) is read as Atom 1.0, as feedparser does.
        var atomNs = reader.NamespaceURI;
        feed.Format = (object)atomNs == n.Atom03Ns ? FeedFormat.Atom03 : FeedFormat.Atom10;
        feed.Language = RssItemReader.NullIfBlank(reader.XmlLang);
        var feedBase = XmlUris.ElementBase(reader, n, feedUrl);
        var rootDepth = reader.Depth;
        var feedLinks = new List<(string Rel, string? Type, string Href)>();
        var feedAuthors = new List<string>();
        string? feedId = null;
        reader.Read();
        while (!reader.EOF)
        {
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
            var isAtom = IsAtom(n, reader.NamespaceURI, atomNs);
            if (isAtom && (object)name == n.Entry)
            {
                // A file read without its URL, xml:base or a rel="self" link: relative entry links resolve against the
                // feed's own web page, as RSS items do against the channel link.
                var entry = AtomEntryReader.Read(reader, n, feedBase ?? XmlUris.Resolve(null, AtomAdapter.PickLink(feedLinks)), atomNs);
                feed.Items.Add(AtomAdapter.ToFeedItem(entry, feed.Language, feedAuthors));
            }
            else if (isAtom && reader.Depth == rootDepth + 1)
            {
                ReadFeedChild(reader, n, feed, ref feedBase, ref feedId, feedLinks, feedAuthors);
            }
            else
            {
                reader.Read();
            }
        }
        // Without an alternate link, an id that is a web URL is the feed's address (feedparser answers the same).
        feed.Link = XmlUris.ResolveString(feedBase, feed.Link ?? AtomAdapter.PickLink(feedLinks) ?? feedId);
    }

    /// <summary>Whether an element in <paramref name="ns"/> is Atom's: either Atom namespace, none, or the root's own.</summary>
    public static bool IsAtom(FeedNames n, string ns, string atomNs) => n.IsAtom(ns) || (object)ns == n.Empty || (object)ns == atomNs;

    private static void ReadFeedChild(XmlReader reader, FeedNames n, ParsedFeed feed, ref Uri? feedBase, ref string? feedId,
        List<(string Rel, string? Type, string Href)> links, List<string> authors)
    {
        var name = reader.LocalName;
        if ((object)name == n.Title)
        {
            var title = AtomText.Read(reader, n);
            feed.Title ??= title?.Value;
        }
        else if ((object)name == n.Link)
        {
            var href = XmlUris.ResolveString(XmlUris.ElementBase(reader, n, feedBase), reader.GetAttribute(n.Href));
            var rel = reader.GetAttribute(n.Rel)?.Trim() ?? "alternate";
            if (feedBase is null && rel == "self" && XmlUris.LooksLikeWebUrl(href) && Uri.TryCreate(href, UriKind.Absolute, out var self))
            {
                // Read from a file there is no retrieval URL to resolve against; the feed's own address stands in for it
                // (RFC 3986 §5.1.3), so relative entry links come out absolute instead of being dropped.
                feedBase = self;
            }
            if (href is not null)
            {
                links.Add((rel, RssItemReader.NullIfBlank(reader.GetAttribute(n.Type)), href));
            }
            reader.Skip();
        }
        else if ((object)name == n.Author)
        {
            AtomPerson.Read(reader, n, authors);
        }
        else if ((object)name == n.Id)
        {
            var id = RssItemReader.NullIfBlank(ElementContent.Read(reader));
            feedId ??= XmlUris.LooksLikeWebUrl(id) ? id : null;
        }
        else
        {
            reader.Skip();
        }
    }
}
