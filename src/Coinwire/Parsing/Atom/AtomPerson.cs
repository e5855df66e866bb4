using System.Xml;
using Coinwire.Parsing.Rss;
using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing.Atom;

/// <summary>Reads an Atom person construct (<c>author</c>): the name, else the e-mail address.</summary>
internal static class AtomPerson
{
    /// <summary>Adds the person's name (or e-mail) to <paramref name="into"/> and moves past the element.</summary>
    public static void Read(XmlReader reader, FeedNames n, List<string> into)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        string? name = null, email = null, text = null;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && (object)reader.LocalName == n.Name)
            {
                var value = RssItemReader.NullIfBlank(ElementContent.Read(reader));
                name ??= value;
            }
            else if (reader.NodeType == XmlNodeType.Element && (object)reader.LocalName == n.Email)
            {
                var value = RssItemReader.NullIfBlank(ElementContent.Read(reader));
                email ??= value;
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    text ??= RssItemReader.NullIfBlank(reader.Value);
                }
                reader.Read();
            }
        }
        reader.Read();
        if ((name ?? email ?? text) is { } who)
        {
            into.Add(who);
        }
    }
}
