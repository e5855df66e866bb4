using System.Text;
using System.Xml;
using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing.Atom;

/// <summary>An Atom text construct's value and whether it is markup.</summary>
internal readonly record struct AtomText(string Value, bool IsHtml)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The value as HTML: markup as is, plain text escaped.</summary>
    public string AsHtml => IsHtml ? Value : HtmlEscape.Text(Value);

    /// <summary>
    /// Reads a text construct: <c>type</c> text/html/xhtml (1.0) or a MIME type with <c>mode</c> escaped/xml/base64 (0.3).
    /// Returns null for out-of-line content (<c>src</c>) and for other media types unless their base64 holds UTF-8 text.
    /// </summary>
    /// <param name="reader">Positioned on the construct's element.</param>
    /// <param name="names">The document's atomized names.</param>
    /// <param name="sibling">A value this one often repeats (see <see cref="ElementContent.Read"/>).</param>
    public static AtomText? Read(XmlReader reader, FeedNames names, string? sibling = null)
    {
        var type = reader.GetAttribute(names.Type)?.Trim().ToLowerInvariant();
        var mode = reader.GetAttribute(names.Mode)?.Trim().ToLowerInvariant();
        if (reader.GetAttribute(names.Src) is not null)
        {
            reader.Skip();
            return null;
        }
        var xhtml = type is "xhtml" or "application/xhtml+xml" || mode == "xml";
        var html = xhtml || type is "html" or "text/html";
        if (!html && type is not (null or "" or "text" or "text/plain") && !type.EndsWith("+xml", StringComparison.Ordinal) && !type.StartsWith("text/", StringComparison.Ordinal))
        {
            // Any other media type is base64 (RFC 4287 §4.1.3.3): kept when it decodes to text.
            return DecodeBase64Text(ElementContent.Read(reader)) is { } text ? new AtomText(text, false) : null;
        }
        var value = ElementContent.Read(reader, unwrapDiv: xhtml, sibling);
        if (mode == "base64")
        {
            value = DecodeBase64(value);
        }
        return new AtomText(value, html);
    }

    private static string? DecodeBase64Text(string value)
    {
        try
        {
            var text = StrictUtf8.GetString(Convert.FromBase64String(value.Trim()));
            return text.Contains('\0', StringComparison.Ordinal) ? null : text;
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static string DecodeBase64(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim()));
        }
        catch (FormatException)
        {
            return string.Empty;
        }
    }
}
