using System.Xml;
using Coinwire.Parsing.Text;

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
    /// <param name="sibling">
    /// A value already read from a sibling that often repeats this one (an RSS description and its content:encoded, a
    /// guid and its link): when the content is equal, that string is returned instead of a copy.
    /// </param>
    public static string Read(XmlReader reader, bool unwrapDiv = false, string? sibling = null)
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
        PooledChars? builder = null;
        var markup = false;
        // A slice of the document (or of a decoded value), so layout whitespace costs no string.
        ReadOnlySpan<char> pendingSpace = default;
        try
        {
            while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Whitespace when !markup:
                        // Whitespace around a CDATA section is layout: skipped at the edges, kept only between two chunks.
                        if (single is not null || builder is not null)
                        {
                            pendingSpace = ValueOf(reader);
                        }
                        reader.Read();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        if (markup)
                        {
                            HtmlEscape.Append(builder!, ValueOf(reader), attribute: false);
                        }
                        else if (builder is null && single is null)
                        {
                            // Compared before Value builds the string: a feed repeating its description as
                            // content:encoded would otherwise allocate every body twice.
                            single = sibling is not null && reader is FastXmlReader fast && fast.ValueEquals(sibling) ? sibling : reader.Value;
                        }
                        else
                        {
                            builder ??= Start(single!);
                            builder.Append(pendingSpace);
                            builder.Append(ValueOf(reader));
                            single = null;
                        }
                        pendingSpace = default;
                        reader.Read();
                        break;
                    case XmlNodeType.Element:
                        if (!markup)
                        {
                            // Child elements make the whole content markup, so text read so far must be escaped too.
                            var html = new PooledChars((builder?.Length ?? single?.Length ?? 0) + 256);
                            HtmlEscape.Append(html, builder is null ? single.AsSpan() : builder.Span, attribute: false);
                            HtmlEscape.Append(html, pendingSpace, attribute: false);
                            builder?.Dispose();
                            builder = html;
                            single = null;
                            pendingSpace = default;
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
            var result = builder is null ? single ?? string.Empty : new string(builder.Span);
            return sibling is not null && result == sibling ? sibling : result;
        }
        finally
        {
            builder?.Dispose();
        }
    }

    private static PooledChars Start(string text)
    {
        var chars = new PooledChars(text.Length + 256);
        chars.Append(text);
        return chars;
    }

    /// <summary>The current node's value, straight from the document when the fast reader holds it undecoded.</summary>
    private static ReadOnlySpan<char> ValueOf(XmlReader reader) => reader is FastXmlReader fast ? fast.ValueSpan() : reader.Value;

    /// <summary>Serializes the element under the reader as HTML (local names, no namespace declarations) and moves past it.</summary>
    private static void WriteElement(XmlReader reader, PooledChars html, bool innerOnly)
    {
        var name = reader.LocalName;
        var depth = reader.Depth;
        CheckDepth(depth);
        if (!innerOnly)
        {
            html.Append('<');
            html.Append(name);
            if (reader.MoveToFirstAttribute())
            {
                do
                {
                    if (reader.Prefix != "xmlns" && reader.LocalName != "xmlns" && reader.Prefix != "xml")
                    {
                        html.Append(' ');
                        html.Append(reader.LocalName);
                        html.Append("=\"");
                        HtmlEscape.Append(html, ValueOf(reader), attribute: true);
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
                EndTag(html, name);
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
                    HtmlEscape.Append(html, ValueOf(reader), attribute: false);
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
            EndTag(html, name);
        }
    }

    private static void EndTag(PooledChars html, string name)
    {
        html.Append("</");
        html.Append(name);
        html.Append('>');
    }

    private static void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new XmlException($"Elements nested deeper than {MaxDepth} levels.");
        }
    }
}
