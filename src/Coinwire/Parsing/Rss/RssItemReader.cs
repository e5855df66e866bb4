using System.Globalization;
using System.Xml;
using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing.Rss;

/// <summary>Reads one <c>&lt;item&gt;</c> (RSS 0.9x/2.0 or RDF) with its content:, dc:, media:, atom:, itunes: and feedburner: children.</summary>
internal static class RssItemReader
{
    /// <summary>Reads the item under the reader and moves past it; throws <see cref="XmlException"/> when the item is cut off.</summary>
    public static RssItem Read(XmlReader reader, FeedNames names, Uri? parentBase)
    {
        var item = new RssItem
        {
            BaseUri = XmlUris.ElementBase(reader, names, parentBase),
            About = reader.GetAttribute(names.About, names.RdfNs),
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
                ReadChild(reader, names, item);
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

    private static void ReadChild(XmlReader reader, FeedNames n, RssItem item)
    {
        var name = reader.LocalName;
        var ns = reader.NamespaceURI;
        if ((object)ns == n.Empty || (object)ns == n.Rss10Ns || (object)ns == n.Rss090Ns)
        {
            ReadCore(reader, n, item, name);
        }
        else if ((object)ns == n.ContentNs && (object)name == n.Encoded)
        {
            item.ContentEncoded ??= ElementContent.Read(reader);
        }
        else if (n.IsDc(ns))
        {
            ReadDublinCore(reader, n, item, name);
        }
        else if (n.IsMedia(ns))
        {
            MediaReader.Read(reader, n, item.BaseUri, item.Media ??= []);
        }
        else if (n.IsAtom(ns))
        {
            ReadAtom(reader, n, item, name);
        }
        else if ((object)ns == n.ItunesNs)
        {
            ReadItunes(reader, n, item, name);
        }
        else if ((object)ns == n.FeedburnerNs && (object)name == n.OrigLink)
        {
            item.OrigLink ??= NullIfBlank(ElementContent.Read(reader));
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
            item.Title ??= ElementContent.Read(reader);
        }
        else if ((object)name == n.Link)
        {
            var linkBase = XmlUris.ElementBase(reader, n, item.BaseUri);
            var link = NullIfBlank(ElementContent.Read(reader));
            item.Link ??= XmlUris.ResolveString(linkBase, link);
        }
        else if ((object)name == n.Description)
        {
            item.Description ??= ElementContent.Read(reader);
        }
        else if ((object)name == n.Guid)
        {
            item.GuidIsPermaLink = !string.Equals(reader.GetAttribute(n.IsPermaLink)?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
            item.Guid ??= NullIfBlank(ElementContent.Read(reader));
        }
        else if ((object)name == n.PubDate)
        {
            item.PubDate ??= NullIfBlank(ElementContent.Read(reader));
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
        if ((object)name == n.Creator)
        {
            AddIfAny(item.Authors, ElementContent.Read(reader));
        }
        else if ((object)name == n.Date || (object)name == n.Issued || (object)name == n.Created)
        {
            item.DcDate ??= NullIfBlank(ElementContent.Read(reader));
        }
        else if ((object)name == n.Modified)
        {
            item.AtomUpdated ??= NullIfBlank(ElementContent.Read(reader));
        }
        else if ((object)name == n.Subject)
        {
            AddIfAny(item.Categories, ElementContent.Read(reader));
        }
        else if ((object)name == n.Language)
        {
            item.Language ??= NullIfBlank(ElementContent.Read(reader));
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
        else if ((object)name == n.Updated)
        {
            item.AtomUpdated ??= NullIfBlank(ElementContent.Read(reader));
        }
        else if ((object)name == n.Published)
        {
            item.AtomPublished ??= NullIfBlank(ElementContent.Read(reader));
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
            item.ItunesSummary ??= NullIfBlank(ElementContent.Read(reader));
        }
        else if ((object)name == n.Author)
        {
            item.ItunesAuthor ??= NullIfBlank(ElementContent.Read(reader));
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
