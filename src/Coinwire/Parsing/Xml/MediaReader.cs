using System.Globalization;
using System.Xml;

namespace Coinwire.Parsing.Xml;

/// <summary>
/// Reads <c>media:content</c>, <c>media:thumbnail</c>, <c>media:description</c> and <c>media:group</c> (with what they
/// nest).
/// </summary>
internal static class MediaReader
{
    /// <summary>
    /// Reads the media element under the reader (any Media RSS element) and moves past it. Returns the first
    /// <c>media:description</c> in it as HTML (a video's description on YouTube, a photo caption elsewhere), else null.
    /// </summary>
    public static string? Read(XmlReader reader, FeedNames names, Uri? baseUri, List<MediaRef> into)
    {
        var name = reader.LocalName;
        if ((object)name == names.Description)
        {
            var html = reader.GetAttribute(names.Type)?.Trim() == "html";
            var text = Rss.RssItemReader.NullIfBlank(ElementContent.Read(reader));
            return text is null || html ? text : HtmlEscape.Text(text);
        }
        if ((object)name == names.Content || (object)name == names.Thumbnail)
        {
            var url = XmlUris.ResolveString(baseUri, reader.GetAttribute(names.Url));
            if (url is null && (object)name == names.Thumbnail && !reader.IsEmptyElement)
            {
                // Some publishers write the thumbnail's URL as its text instead of a url attribute; feedparser reads it too.
                var text = XmlUris.ResolveString(baseUri, ElementContent.Read(reader));
                if (XmlUris.LooksLikeWebUrl(text))
                {
                    into.Add(new MediaRef(text!, null, null, 0, IsThumbnail: true));
                }
                return null;
            }
            if (url is not null)
            {
                _ = int.TryParse(reader.GetAttribute("width"), NumberStyles.None, CultureInfo.InvariantCulture, out var width);
                into.Add(new MediaRef(url, reader.GetAttribute(names.Type), reader.GetAttribute(names.Medium), width,
                    (object)name == names.Thumbnail));
            }
        }
        else if ((object)name != names.Group)
        {
            reader.Skip();
            return null;
        }
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return null;
        }
        string? description = null;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && names.IsMedia(reader.NamespaceURI))
            {
                // Read first: `description ??= Read(...)` would stop reading (and moving) once one is found.
                var nested = Read(reader, names, baseUri, into);
                description ??= nested;
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }
        reader.Read();
        return description;
    }
}
