using System.Text;
using System.Xml;

namespace Coinwire.Parsing.Xml;

/// <summary>Tolerant element-content readers: text and CDATA joined, child elements kept as HTML markup.</summary>
internal static class ElementContent
{
    /// <summary>Deeper nesting is treated as malformed input (no legitimate feed comes close).</summary>
    public const int MaxDepth = 128;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Reads the current element's content and moves past its end tag.</summary>
    /// <param name="reader">Positioned on a start element.</param>
    /// <param name="unwrapDiv">For Atom xhtml: drop the single wrapping <c>&lt;div&gt;</c>.</param>
    public static string Read(XmlReader reader, bool unwrapDiv = false)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }
        var depth = reader.Depth;
        CheckDepth(depth);
        reader.Read();
        string? single = null;
        StringBuilder? builder = null;
        var markup = false;
        string? pendingSpace = null;
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Whitespace when !markup:
                    // Whitespace around a CDATA section is layout: skipped at the edges, kept only between two chunks.
                    if (single is not null || builder is not null)
                    {
                        pendingSpace = reader.Value;
                    }
                    reader.Read();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    var value = pendingSpace is null || markup ? reader.Value : pendingSpace + reader.Value;
                    pendingSpace = null;
                    if (markup)
                    {
                        HtmlEscape.Append(builder!, value, attribute: false);
                    }
                    else if (builder is null && single is null)
                    {
                        single = value;
                    }
                    else
                    {
                        (builder ??= new StringBuilder(single)).Append(value);
                        single = null;
                    }
                    reader.Read();
                    break;
                case XmlNodeType.Element:
                    if (!markup)
                    {
                        // Child elements make the whole content markup, so text read so far must be escaped too.
                        var text = (builder?.ToString() ?? single ?? string.Empty) + pendingSpace;
                        pendingSpace = null;
                        builder = new StringBuilder(text.Length + 64);
                        HtmlEscape.Append(builder, text, attribute: false);
                        single = null;
                        markup = true;
                    }
                    WriteElement(reader, builder!, unwrapDiv && reader.LocalName == "div");
                    unwrapDiv = false;
                    break;
                default:
                    reader.Read();
                    break;
            }
        }
        reader.Read();
        return builder?.ToString() ?? single ?? string.Empty;
    }

    /// <summary>Serializes the element under the reader as HTML (local names, no namespace declarations) and moves past it.</summary>
    private static void WriteElement(XmlReader reader, StringBuilder html, bool innerOnly)
    {
        var name = reader.LocalName;
        var depth = reader.Depth;
        CheckDepth(depth);
        if (!innerOnly)
        {
            html.Append('<').Append(name);
            if (reader.MoveToFirstAttribute())
            {
                do
                {
                    if (reader.Prefix != "xmlns" && reader.LocalName != "xmlns" && reader.Prefix != "xml")
                    {
                        html.Append(' ').Append(reader.LocalName).Append("=\"");
                        HtmlEscape.Append(html, reader.Value, attribute: true);
                        html.Append('"');
                    }
                }
                while (reader.MoveToNextAttribute());
                reader.MoveToElement();
            }
            html.Append('>');
        }
        var isVoid = VoidElements.Contains(name);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            if (!innerOnly && !isVoid)
            {
                html.Append("</").Append(name).Append('>');
            }
            return;
        }
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    WriteElement(reader, html, innerOnly: false);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    HtmlEscape.Append(html, reader.Value, attribute: false);
                    reader.Read();
                    break;
                default:
                    reader.Read();
                    break;
            }
        }
        reader.Read();
        if (!innerOnly && !isVoid)
        {
            html.Append("</").Append(name).Append('>');
        }
    }

    private static void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new XmlException($"Elements nested deeper than {MaxDepth} levels.");
        }
    }
}
