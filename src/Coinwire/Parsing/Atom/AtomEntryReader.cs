using System.Globalization;
using System.Xml;
using Coinwire.Parsing.Rss;
using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing.Atom;

/// <summary>Reads one Atom <c>&lt;entry&gt;</c>, resolving links against the xml:base in scope on each element.</summary>
internal static class AtomEntryReader
{
    /// <summary>Reads the entry under the reader and moves past it.</summary>
    /// <param name="reader">Positioned on the entry.</param>
    /// <param name="names">The document's atomized names.</param>
    /// <param name="parentBase">The base URI in scope at the entry.</param>
    /// <param name="atomNs">The namespace the document's root <c>&lt;feed&gt;</c> is in, read as Atom's.</param>
    public static AtomEntry Read(XmlReader reader, FeedNames names, Uri? parentBase, string atomNs)
    {
        var entry = new AtomEntry
        {
            BaseUri = XmlUris.ElementBase(reader, names, parentBase),
            Language = RssItemReader.NullIfBlank(reader.XmlLang),
        };
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return entry;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (AtomReader.IsAtom(names, reader.NamespaceURI, atomNs))
            {
                ReadAtomChild(reader, names, entry);
            }
            else if (names.IsMedia(reader.NamespaceURI))
            {
                var description = MediaReader.Read(reader, names, entry.BaseUri, entry.Media ??= []);
                entry.MediaDescription ??= description;
            }
            else
            {
                reader.Skip();
            }
        }
        if (reader.EOF)
        {
            throw new XmlException("Document ends inside an entry.");
        }
        reader.Read();
        return entry;
    }

    private static void ReadAtomChild(XmlReader reader, FeedNames n, AtomEntry entry)
    {
        var name = reader.LocalName;
        if ((object)name == n.Id)
        {
            var value = RssItemReader.NullIfBlank(ElementContent.Read(reader));
            entry.Id ??= value;
        }
        else if ((object)name == n.Title)
        {
            var value = AtomText.Read(reader, n);
            entry.Title ??= value;
        }
        else if ((object)name == n.Link)
        {
            ReadLink(reader, n, entry);
        }
        else if ((object)name == n.Published || (object)name == n.Issued)
        {
            var value = RssItemReader.NullIfBlank(ElementContent.Read(reader));
            entry.Published ??= value;
        }
        else if ((object)name == n.Updated || (object)name == n.Modified)
        {
            var value = RssItemReader.NullIfBlank(ElementContent.Read(reader));
            entry.Updated ??= value;
        }
        else if ((object)name == n.Created)
        {
            var value = RssItemReader.NullIfBlank(ElementContent.Read(reader));
            entry.Created ??= value;
        }
        else if ((object)name == n.Author)
        {
            AtomPerson.Read(reader, n, entry.Authors);
        }
        else if ((object)name == n.Summary)
        {
            var value = AtomText.Read(reader, n, entry.Content?.Value);
            entry.Summary ??= value;
        }
        else if ((object)name == n.Content)
        {
            entry.ContentBase ??= XmlUris.ElementBase(reader, n, entry.BaseUri);
            var value = AtomText.Read(reader, n, entry.Summary?.Value);
            entry.Content ??= value;
        }
        else if ((object)name == n.Category)
        {
            var label = reader.GetAttribute(n.Term) ?? reader.GetAttribute(n.Label);
            if (!string.IsNullOrWhiteSpace(label))
            {
                entry.Categories.Add(label.Trim());
            }
            reader.Skip();
        }
        else
        {
            reader.Skip();
        }
    }

    private static void ReadLink(XmlReader reader, FeedNames n, AtomEntry entry)
    {
        var linkBase = XmlUris.ElementBase(reader, n, entry.BaseUri);
        var rel = reader.GetAttribute(n.Rel)?.Trim() ?? "alternate";
        var type = RssItemReader.NullIfBlank(reader.GetAttribute(n.Type));
        var lengthAttribute = reader.GetAttribute(n.Length);
        var written = reader.GetAttribute(n.Href);
        if (written is null && !reader.IsEmptyElement)
        {
            // <link>URL</link>, RSS-style, where Atom wants href: feedparser takes the text too.
            written = RssItemReader.NullIfBlank(ElementContent.Read(reader));
        }
        else
        {
            reader.Skip();
        }
        var href = XmlUris.ResolveString(linkBase, written);
        if (href is not null)
        {
            entry.Links.Add((rel, type, href));
            if (rel == "enclosure")
            {
                long? length = long.TryParse(lengthAttribute, NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : null;
                entry.Enclosures.Add(new FeedEnclosure(href, type, length));
            }
        }
    }
}
