using System.Buffers;
using System.Text;
using System.Text.Unicode;
using UtfUnknown;

namespace Coinwire.Parsing.Text;

/// <summary>
/// Bytes to chars: BOM, then UTF-16/32 patterns (XML 1.0 Appendix F), then the HTTP charset or XML declaration
/// checked against the bytes, then sniffing (UTF.Unknown, else windows-1252).
/// </summary>
internal static class FeedDecoder
{
    private const int SniffSampleBytes = 256 * 1024;

    /// <summary>Decodes <paramref name="bytes"/> into a pooled buffer the caller disposes.</summary>
    public static PooledChars Decode(ReadOnlySpan<byte> bytes, string? httpContentType, ParsedFeed feed)
    {
        var encoding = DetectBom(bytes, out var bomLength) ?? DetectWide(bytes) ?? DetectEbcdic(bytes);
        bytes = bytes[bomLength..];
        PooledChars? utf8 = null;
        if (encoding is null)
        {
            encoding = ChooseAsciiCompatible(bytes, httpContentType, feed.Warnings, ref utf8);
        }
        else if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            encoding = Utf8OrWarn(bytes, feed.Warnings, "the UTF-8 byte order mark", ref utf8);
        }
        feed.Encoding = encoding.CodePage == Encoding.UTF8.CodePage ? "utf-8" : encoding.WebName;
        return utf8 ?? DecodeWith(encoding, bytes);
    }

    /// <summary>The bytes as UTF-16 when they are valid UTF-8, else null: validating and decoding in one pass.</summary>
    private static PooledChars? TryDecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = new PooledChars(bytes.Length + 16);
        if (Utf8.ToUtf16(bytes, chars.Buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            chars.Length = written;
            chars.KnownPlain = PlainUtf8.IsPlain(bytes);
            return chars;
        }
        chars.Dispose();
        return null;
    }

    private static PooledChars DecodeWith(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        if (encoding.CodePage == 1252 && !bytes.ContainsAnyInRange((byte)0x80, (byte)0x9F))
        {
            // Without bytes 80-9F windows-1252 is Latin-1, whose decoder is vectorized (the code page's goes byte by byte).
            encoding = Encoding.Latin1;
        }
        // Every supported encoding yields at most one char per byte; a larger buffer is only a safety net.
        var chars = new PooledChars(bytes.Length + 16);
        try
        {
            chars.Length = encoding.GetChars(bytes, chars.Buffer);
            return chars;
        }
        catch (ArgumentException)
        {
            chars.Dispose();
            chars = new PooledChars(encoding.GetCharCount(bytes));
            chars.Length = encoding.GetChars(bytes, chars.Buffer);
            return chars;
        }
    }

    private static Encoding? DetectBom(ReadOnlySpan<byte> b, out int length)
    {
        (Encoding? encoding, length) = b switch
        {
            [0xFF, 0xFE, 0, 0, ..] => (new UTF32Encoding(false, false), 4),
            [0, 0, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false), 4),
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    /// <summary>UTF-16/32 without a BOM, recognized by the zero bytes around the first ASCII char (<c>&lt;</c>, <c>{</c>, whitespace).</summary>
    private static Encoding? DetectWide(ReadOnlySpan<byte> b) => b switch
    {
        [0, 0, 0, not 0, ..] => new UTF32Encoding(true, false),
        [not 0, 0, 0, 0, ..] => new UTF32Encoding(false, false),
        [0, not 0, 0, not 0, ..] => Encoding.BigEndianUnicode,
        [not 0, 0, not 0, 0, ..] => Encoding.Unicode,
        _ => null,
    };

    /// <summary>
    /// EBCDIC (XML 1.0 Appendix F: <c>&lt;?xm</c> as 4C 6F A7 94): the code page the declaration names when it is an
    /// EBCDIC one, else IBM037.
    /// </summary>
    private static Encoding? DetectEbcdic(ReadOnlySpan<byte> bytes)
    {
        if (bytes is not [0x4C, 0x6F, 0xA7, 0x94, ..])
        {
            return null;
        }
        EncodingSetup.EnsureRegistered();
        var ibm037 = Encoding.GetEncoding(37);
        var head = ibm037.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        var declared = EncodingNames.Resolve(XmlDeclaration.Encoding(Encoding.ASCII.GetBytes(head)));
        return declared is not null && declared.GetBytes("<?xml").AsSpan().SequenceEqual(bytes[..5]) ? declared : ibm037;
    }

    private static Encoding ChooseAsciiCompatible(ReadOnlySpan<byte> bytes, string? httpContentType, List<string> warnings, ref PooledChars? utf8)
    {
        var label = HttpCharset(httpContentType);
        var source = "the HTTP charset";
        if (label is null)
        {
            label = XmlDeclaration.Encoding(bytes);
            source = "the XML declaration";
        }
        var declared = EncodingNames.Resolve(label);
        if (label is not null && declared is null)
        {
            warnings.Add($"Unknown encoding \"{label}\" in {source}; detected from the bytes instead.");
        }
        if (declared is not null && EncodingNames.IsWide(declared))
        {
            warnings.Add($"{source} says {label}, but the bytes are ASCII-compatible; ignored.");
            declared = null;
        }
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage)
        {
            return Utf8OrWarn(bytes, warnings, declared is null ? "no declaration" : source, ref utf8);
        }
        if (!Ascii.IsValid(bytes) && Utf8.IsValid(bytes))
        {
            warnings.Add($"{source} says {label}, but the bytes are valid UTF-8; decoded as UTF-8.");
            return Encoding.UTF8;
        }
        return declared;
    }

    /// <summary>UTF-8 when the bytes are (mostly) UTF-8; otherwise a sniffed legacy encoding. Valid UTF-8 comes back decoded in <paramref name="utf8"/>.</summary>
    private static Encoding Utf8OrWarn(ReadOnlySpan<byte> bytes, List<string> warnings, string source, ref PooledChars? utf8)
    {
        utf8 = TryDecodeUtf8(bytes);
        if (utf8 is not null)
        {
            return Encoding.UTF8;
        }
        var (valid, invalid) = Utf8Stats.Count(bytes);
        if (valid >= invalid)
        {
            warnings.Add($"Invalid UTF-8 bytes ({invalid}) among valid UTF-8 text ({source}); decoded those bytes as windows-1252.");
            return Cp1252Fallback.Utf8WithCp1252Fallback;
        }
        var sniffed = Sniff(bytes);
        warnings.Add($"Bytes are not UTF-8 ({source}); decoded as {sniffed.WebName} (sniffed).");
        return sniffed;
    }

    private static Encoding Sniff(ReadOnlySpan<byte> bytes)
    {
        EncodingSetup.EnsureRegistered();
        var result = CharsetDetector.DetectFromBytes(bytes[..Math.Min(bytes.Length, SniffSampleBytes)]);
        var detected = result.Detected;
        if (detected?.Encoding is { } encoding && detected.Confidence >= 0.5f
            && encoding.CodePage != Encoding.UTF8.CodePage && !EncodingNames.IsWide(encoding) && encoding.CodePage != 20127)
        {
            return EncodingNames.Resolve(encoding.WebName) ?? encoding;
        }
        return Encoding.GetEncoding(1252);
    }

    private static string? HttpCharset(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }
        var at = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }
        var value = contentType.AsSpan(at + 8);
        var end = value.IndexOf(';');
        value = (end >= 0 ? value[..end] : value).Trim().Trim('"').Trim('\'');
        return value.IsEmpty ? null : value.ToString();
    }
}
