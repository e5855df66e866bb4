using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace Coinwire.Publishing;

/// <summary>Writes an <see cref="OutputFeed"/> as RSS 2.0, Atom 1.0 or JSON Feed 1.1 (UTF-8 bytes, no BOM).</summary>
public static class FeedWriters
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string MediaNs = "http://search.yahoo.com/mrss/";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        NewLineChars = "\n",
        CheckCharacters = true,
    };

    /// <summary>RSS 2.0 with <c>content:encoded</c>, <c>media:content</c> and an <c>atom:link rel="self"</c>.</summary>
    public static byte[] Rss(OutputFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, Settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, AtomNs);
            w.WriteAttributeString("xmlns", "content", null, ContentNs);
            w.WriteAttributeString("xmlns", "media", null, MediaNs);
            w.WriteStartElement("channel");
            w.WriteElementString("title", Clean(feed.Title));
            w.WriteElementString("link", feed.SiteUrl.AbsoluteUri);
            w.WriteElementString("description", Clean(feed.Description));
            w.WriteElementString("language", feed.Language);
            w.WriteElementString("lastBuildDate", feed.Updated.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
            w.WriteElementString("generator", "Coinwire");
            w.WriteStartElement("atom", "link", AtomNs);
            w.WriteAttributeString("href", feed.SelfUrl.AbsoluteUri);
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();
            if (feed.Hub is { } hub)
            {
                w.WriteStartElement("atom", "link", AtomNs);
                w.WriteAttributeString("href", hub.AbsoluteUri);
                w.WriteAttributeString("rel", "hub");
                w.WriteEndElement();
            }
            foreach (var item in feed.Items)
            {
                w.WriteStartElement("item");
                w.WriteElementString("title", Clean(item.Title));
                w.WriteElementString("link", item.Url.AbsoluteUri);
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "true");
                w.WriteString(item.Id);
                w.WriteEndElement();
                w.WriteElementString("pubDate", item.Published.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
                w.WriteElementString("description", Clean(item.Summary));
                foreach (var tag in item.Tags)
                {
                    w.WriteElementString("category", Clean(tag));
                }
                w.WriteStartElement("content", "encoded", ContentNs);
                w.WriteCData(Clean(item.ContentHtml).Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal));
                w.WriteEndElement();
                if (item.Image is { } image)
                {
                    w.WriteStartElement("media", "content", MediaNs);
                    w.WriteAttributeString("url", image);
                    w.WriteAttributeString("medium", "image");
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return ms.ToArray();
    }

    /// <summary>Atom 1.0 (RFC 4287).</summary>
    public static byte[] Atom(OutputFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, Settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", AtomNs);
            w.WriteAttributeString("xml", "lang", null, feed.Language);
            w.WriteElementString("id", AtomNs, feed.SelfUrl.AbsoluteUri);
            Text(w, "title", feed.Title);
            Text(w, "subtitle", feed.Description);
            w.WriteElementString("updated", AtomNs, Iso(feed.Updated));
            Link(w, feed.SelfUrl.AbsoluteUri, "self", "application/atom+xml");
            Link(w, feed.SiteUrl.AbsoluteUri, "alternate", "text/html");
            if (feed.Hub is { } hub)
            {
                w.WriteStartElement("link", AtomNs);
                w.WriteAttributeString("rel", "hub");
                w.WriteAttributeString("href", hub.AbsoluteUri);
                w.WriteEndElement();
            }
            w.WriteStartElement("generator", AtomNs);
            w.WriteString("Coinwire");
            w.WriteEndElement();
            foreach (var item in feed.Items)
            {
                w.WriteStartElement("entry", AtomNs);
                w.WriteElementString("id", AtomNs, item.Id);
                Text(w, "title", item.Title);
                Link(w, item.Url.AbsoluteUri, "alternate", "text/html");
                w.WriteElementString("published", AtomNs, Iso(item.Published));
                w.WriteElementString("updated", AtomNs, Iso(item.Updated));
                w.WriteStartElement("author", AtomNs);
                w.WriteElementString("name", AtomNs, Clean(item.Author ?? "Coinwire"));
                w.WriteEndElement();
                foreach (var tag in item.Tags)
                {
                    w.WriteStartElement("category", AtomNs);
                    w.WriteAttributeString("term", Clean(tag));
                    w.WriteEndElement();
                }
                if (item.Image is { } image)
                {
                    Link(w, image, "enclosure", "image/jpeg");
                }
                Text(w, "summary", item.Summary);
                w.WriteStartElement("content", AtomNs);
                w.WriteAttributeString("type", "html");
                w.WriteString(Clean(item.ContentHtml));
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return ms.ToArray();
    }

    /// <summary>JSON Feed 1.1.</summary>
    public static byte[] JsonFeed(OutputFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default }))
        {
            w.WriteStartObject();
            w.WriteString("version", "https://jsonfeed.org/version/1.1");
            w.WriteString("title", feed.Title);
            w.WriteString("home_page_url", feed.SiteUrl.AbsoluteUri);
            w.WriteString("feed_url", feed.SelfUrl.AbsoluteUri);
            w.WriteString("description", feed.Description);
            w.WriteString("language", feed.Language);
            if (feed.Hub is { } hub)
            {
                w.WriteStartArray("hubs");
                w.WriteStartObject();
                w.WriteString("type", "WebSub");
                w.WriteString("url", hub.AbsoluteUri);
                w.WriteEndObject();
                w.WriteEndArray();
            }
            w.WriteStartArray("items");
            foreach (var item in feed.Items)
            {
                w.WriteStartObject();
                w.WriteString("id", item.Id);
                w.WriteString("url", item.Url.AbsoluteUri);
                w.WriteString("title", item.Title);
                w.WriteString("summary", item.Summary);
                w.WriteString("content_html", item.ContentHtml);
                w.WriteString("date_published", Iso(item.Published));
                w.WriteString("date_modified", Iso(item.Updated));
                if (item.Image is { } image)
                {
                    w.WriteString("image", image);
                }
                if (item.Author is { } author)
                {
                    w.WriteStartArray("authors");
                    w.WriteStartObject();
                    w.WriteString("name", author);
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
                w.WriteStartArray("tags");
                foreach (var tag in item.Tags)
                {
                    w.WriteStringValue(tag);
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return ms.ToArray();
    }

    private static void Text(XmlWriter w, string name, string value)
    {
        w.WriteStartElement(name, AtomNs);
        w.WriteAttributeString("type", "text");
        w.WriteString(Clean(value));
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string href, string rel, string type)
    {
        w.WriteStartElement("link", AtomNs);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Iso(DateTime value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Drops characters XML 1.0 cannot carry (controls other than tab and newlines, lone surrogates).</summary>
    private static string Clean(string value)
    {
        if (value.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)))
        {
            return ValidSurrogates(value) ? value : Strip(value);
        }
        return Strip(value);
    }

    private static bool ValidSurrogates(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static string Strip(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (!char.IsSurrogate(c) && XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
