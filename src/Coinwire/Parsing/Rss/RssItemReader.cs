using System.Globalization;
using System.Xml;
using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing.Rss;

/// <summary>
/// Reads one <c>&lt;item&gt;</c> (RSS 0.9x/2.0 or RDF) with its content:, dc:, media:, atom:, itunes: and feedburner:
/// children; xhtml:body and fullitem are the content too.
/// </summary>
internal static class RssItemReader
{
    /// <summary>
    /// Reads the item under the reader and moves past it; throws <see cref="XmlException"/> when the item is cut off.
    /// <paramref name="coreNs"/> is the root's namespace (some RSS 2.0 feeds declare a default namespace).
    /// </summary>
    public static RssItem Read(XmlReader reader, FeedNames names, Uri? parentBase, string coreNs)
    {
        var item = new RssItem
        {
            BaseUri = XmlUris.ElementBase(reader, names, parentBase),
            About = reader.HasAttributes ? reader.GetAttribute(names.About, names.RdfNs) : null,
        };
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return item;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                ReadChild(reader, names, item, coreNs);
            }
            else
            {
                reader.Read();
            }
        }
        if (reader.EOF)
        {
            throw new XmlException("Document ends inside an item.");
        }
        reader.Read();
        return item;
    }

    private static void ReadChild(XmlReader reader, FeedNames n, RssItem item, string coreNs)
    {
        var name = reader.LocalName;
        var ns = reader.NamespaceURI;
        if ((object)ns == n.Empty || (object)ns == n.Rss10Ns || (object)ns == n.Rss090Ns || (object)ns == coreNs)
        {
            ReadCore(reader, n, item, name);
        }
        else if ((object)ns == n.ContentNs && (object)name == n.Encoded)
        {
            var value = ElementContent.Read(reader, sibling: item.Description);
            item.ContentEncoded ??= value;
        }
        else if (n.IsDc(ns))
        {
            ReadDublinCore(reader, n, item, name);
        }
        else if (n.IsMedia(ns))
        {
            var description = MediaReader.Read(reader, n, item.BaseUri, item.Media ??= []);
            item.MediaDescription ??= description;
        }
        else if (n.IsAtom(ns))
        {
            ReadAtom(reader, n, item, name);
        }
        else if ((object)ns == n.ItunesNs)
        {
            ReadItunes(reader, n, item, name);
        }
        else if ((object)ns == n.XhtmlNs && (object)name == n.Body)
        {
            var value = ElementContent.Read(reader);
            item.ContentEncoded ??= value;
        }
        else if ((object)ns == n.FeedburnerNs && (object)name == n.OrigLink)
        {
            var value = NullIfBlank(ElementContent.Read(reader));
            item.OrigLink ??= value;
        }
        else
        {
            reader.Skip();
        }
    }

    private static void ReadCore(XmlReader reader, FeedNames n, RssItem item, string name)
    {
        if ((object)name == n.Title)
        {
            var value = ElementContent.Read(reader);
            item.Title ??= value;
        }
        else if ((object)name == n.Link)
        {
            var linkBase = XmlUris.ElementBase(reader, n, item.BaseUri);
            var link = NullIfBlank(ElementContent.Read(reader, sibling: item.Guid));
            item.Link ??= XmlUris.ResolveString(linkBase, link);
        }
        else if ((object)name == n.Description)
        {
            var value = ElementContent.Read(reader, sibling: item.ContentEncoded);
            item.Description ??= value;
        }
        else if ((object)name == n.Guid)
        {
            item.GuidIsPermaLink = !string.Equals(reader.GetAttribute(n.IsPermaLink)?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
            var value = NullIfBlank(ElementContent.Read(reader, sibling: item.Link));
            item.Guid ??= value;
        }
        else if ((object)name == n.PubDate)
        {
            var value = NullIfBlank(ElementContent.Read(reader));
            item.PubDate ??= value;
        }
        else if ((object)name == n.Author)
        {
            AddIfAny(item.Authors, ElementContent.Read(reader));
        }
        else if ((object)name == n.Category)
        {
            AddIfAny(item.Categories, ElementContent.Read(reader));
        }
        else if ((object)name == n.Enclosure)
        {
            ReadEnclosure(reader, n, item);
        }
        else if ((object)name == n.FullItem)
        {
            var value = ElementContent.Read(reader);
            item.ContentEncoded ??= value;
        }
        else
        {
            reader.Skip();
        }
    }

    private static void ReadEnclosure(XmlReader reader, FeedNames n, RssItem item)
    {
        var url = XmlUris.ResolveString(item.BaseUri, reader.GetAttribute(n.Url));
        if (url is not null)
        {
            long? length = long.TryParse(reader.GetAttribute(n.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : null;
            item.Enclosures.Add(new FeedEnclosure(url, NullIfBlank(reader.GetAttribute(n.Type)), length));
        }
        reader.Skip();
    }

    private static void ReadDublinCore(XmlReader reader, FeedNames n, RssItem item, string name)
    {
        if ((object)name == n.Creator || (object)name == n.Author)
        {
            AddIfAny(item.Authors, ElementContent.Read(reader));
        }
        else if ((object)name == n.Title)
        {
            var value = ElementContent.Read(reader);
            item.DcTitle ??= value;
        }
        else if ((object)name == n.Description)
        {
            var value = ElementContent.Read(reader);
            item.DcDescription ??= value;
        }
        else if ((object)name == n.Issued)
        {
            var value = NullIfBlank(ElementContent.Read(reader));
            item.DcIssued ??= value;
        }
        else if ((object)name == n.Date || (object)name == n.Created)
        {
            var value = NullIfBlank(ElementContent.Read(reader));
            item.DcDate ??= value;
        }
        else if ((object)name == n.Modified)
        {
            var value = NullIfBlank(ElementContent.Read(reader));
            item.AtomUpdated ??= value;
        }
        else if ((object)name == n.Subject)
        {
            AddIfAny(item.Categories, ElementContent.Read(reader));
        }
        else if ((object)name == n.Language)
        {
            var value = NullIfBlank(ElementContent.Read(reader));
            item.Language ??= value;
        }
        else
        {
            reader.Skip();
        }
    }

    private static void ReadAtom(XmlReader reader, FeedNames n, RssItem item, string name)
    {
        if ((object)name == n.Link)
        {
            var rel = reader.GetAttribute(n.Rel);
            if (rel is null or "alternate")
            {
                item.AtomLink ??= XmlUris.ResolveString(item.BaseUri, reader.GetAttribute(n.Href));
            }
            reader.Skip();
        }
        else if ((object)name == n.Author)
        {
            Atom.AtomPerson.Read(reader, n, item.Authors);
        }
        else if ((object)name == n.Updated)
        {
            var value = NullIfBlank(ElementContent.Read(reader));
            item.AtomUpdated ??= value;
        }
        else if ((object)name == n.Published)
        {
            var value = NullIfBlank(ElementContent.Read(reader));
            item.AtomPublished ??= value;
        }
        else
        {
            reader.Skip();
        }
    }

    private static void ReadItunes(XmlReader reader, FeedNames n, RssItem item, string name)
    {
        if ((object)name == n.Image)
        {
            item.ItunesImage ??= XmlUris.ResolveString(item.BaseUri, reader.GetAttribute(n.Href));
            reader.Skip();
        }
        else if ((object)name == n.Summary)
        {
            var value = NullIfBlank(ElementContent.Read(reader));
            item.ItunesSummary ??= value;
        }
        else if ((object)name == n.Author)
        {
            var value = NullIfBlank(ElementContent.Read(reader));
            item.ItunesAuthor ??= value;
        }
        else
        {
            reader.Skip();
        }
    }

    private static void AddIfAny(List<string> list, string value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            list.Add(value.Trim());
        }
    }

    internal static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
