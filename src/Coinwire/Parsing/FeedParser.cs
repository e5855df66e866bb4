using System.Buffers;
using Coinwire.Parsing.JsonFeed;
using Coinwire.Parsing.Text;
using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing;

/// <summary>
/// Reads RSS 0.90–2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed 1.0/1.1 from raw bytes. The format is detected
/// from the content; the encoding from the BOM, HTTP charset, XML declaration and the bytes themselves.
/// </summary>
public static class FeedParser
{
    /// <summary>Inputs larger than this are rejected with <see cref="FeedParseError.TooLarge"/>.</summary>
    public const int MaxInputBytes = 32 * 1024 * 1024;

    /// <summary>Parses a feed from bytes.</summary>
    /// <param name="bytes">The document as received.</param>
    /// <param name="httpContentType">The HTTP <c>Content-Type</c> header, whose charset wins over the XML declaration.</param>
    /// <param name="feedUrl">Where the feed came from; the last-resort base for relative URLs.</param>
    /// <exception cref="FeedParseException">When the input is not a feed (empty, binary, HTML, unknown root, not JSON Feed).</exception>
    public static ParsedFeed Parse(ReadOnlySpan<byte> bytes, string? httpContentType = null, Uri? feedUrl = null)
    {
        if (bytes.Length > MaxInputBytes)
        {
            throw new FeedParseException(FeedParseError.TooLarge, $"Input is {bytes.Length} bytes; the limit is {MaxInputBytes}.");
        }
        if (bytes.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new FeedParseException(FeedParseError.Empty, "Empty input, not a feed.");
        }
        if (InputSniffer.BinaryKind(bytes) is { } kind)
        {
            throw new FeedParseException(FeedParseError.Binary, $"Binary data ({kind}), not a feed.");
        }
        var feed = new ParsedFeed();
        using var text = FeedDecoder.Decode(bytes, httpContentType, feed);
        if (!text.KnownPlain && InputSniffer.LooksBinary(text.Span))
        {
            throw new FeedParseException(FeedParseError.Binary, "Binary data, not a feed.");
        }
        var (start, inputKind) = InputSniffer.Classify(text.Span, feed.Warnings);
        switch (inputKind)
        {
            case InputKind.Xml:
                XmlFeedReader.Read(text, start, feed, feedUrl, (long)MaxInputBytes * 2);
                break;
            case InputKind.Json:
                JsonFeedReader.Read(text.Memory[start..], feed, feedUrl);
                break;
            case InputKind.Empty:
                throw new FeedParseException(FeedParseError.Empty, "Empty input, not a feed.");
            case InputKind.Html:
                throw new FeedParseException(FeedParseError.HtmlPage, "HTML page, not a feed.");
            case InputKind.OtherJson:
                throw new FeedParseException(FeedParseError.NotJsonFeed, "JSON document is not a JSON Feed (the root is an array).");
            default:
                throw new FeedParseException(FeedParseError.Malformed, "Neither XML nor JSON, not a feed.");
        }
        return feed;
    }

    /// <summary>Parses a feed from a stream (read to the end, up to <see cref="MaxInputBytes"/>).</summary>
    /// <inheritdoc cref="Parse(ReadOnlySpan{byte}, string?, Uri?)"/>
    public static ParsedFeed Parse(Stream stream, string? httpContentType = null, Uri? feedUrl = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position + 1, 1, MaxInputBytes + 1L) : 64 * 1024);
        var length = 0;
        try
        {
            int read;
            while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length > MaxInputBytes)
                {
                    throw new FeedParseException(FeedParseError.TooLarge, $"Input exceeds the limit of {MaxInputBytes} bytes.");
                }
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxInputBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
            }
            return Parse(buffer.AsSpan(0, length), httpContentType, feedUrl);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
