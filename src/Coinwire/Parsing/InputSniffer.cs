namespace Coinwire.Parsing;

/// <summary>What the decoded input looks like, decided from its first characters (never from a file name).</summary>
internal static class InputSniffer
{
    private const int JunkWindow = 4096;

    /// <summary>Known binary signatures (gzip, zip, PNG, JPEG, GIF, PDF) at the start of the raw bytes.</summary>
    public static string? BinaryKind(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x1F, 0x8B, ..] => "gzip-compressed data",
        [(byte)'P', (byte)'K', 3, 4, ..] => "a zip archive",
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "a GIF image",
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => "a PDF document",
        _ => null,
    };

    /// <summary>True when the decoded text holds NULs or many control characters early on.</summary>
    public static bool LooksBinary(ReadOnlySpan<char> text)
    {
        var head = text[..Math.Min(text.Length, 1024)];
        var controls = 0;
        foreach (var c in head)
        {
            if (c == '\0')
            {
                return true;
            }
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }
        return controls > 8 && controls * 10 > head.Length;
    }

    /// <summary>The index where the document starts and what kind it is; junk before an XML start is skipped with a warning.</summary>
    public static (int Start, InputKind Kind) Classify(ReadOnlySpan<char> text, List<string> warnings)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }
        if (start == text.Length)
        {
            return (start, InputKind.Empty);
        }
        switch (text[start])
        {
            case '<':
                return (start, IsHtml(text[start..]) ? InputKind.Html : InputKind.Xml);
            case '{':
                return (start, InputKind.Json);
            case '[':
                return (start, InputKind.OtherJson);
        }
        var window = text[start..Math.Min(text.Length, start + JunkWindow)];
        foreach (var marker in (ReadOnlySpan<string>)["<?xml", "<rss", "<feed", "<rdf:RDF"])
        {
            var at = window.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                warnings.Add($"Skipped {at} characters of non-XML text before the document.");
                return (start + at, InputKind.Xml);
            }
        }
        return (start, InputKind.Unknown);
    }

    /// <summary>
    /// True when the first element (after comments, PIs and doctype) is <c>&lt;html&gt;</c>, or the doctype is HTML and
    /// the first element is not a feed's (an XHTML doctype on an RSS document is a publisher's mistake).
    /// </summary>
    private static bool IsHtml(ReadOnlySpan<char> text)
    {
        var htmlDoctype = false;
        var pos = 0;
        while (pos < text.Length && pos < JunkWindow)
        {
            var lt = text[pos..].IndexOf('<');
            if (lt < 0)
            {
                return false;
            }
            pos += lt;
            var rest = text[pos..];
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = rest.IndexOf("-->", StringComparison.Ordinal);
                pos = end < 0 ? text.Length : pos + end + 3;
            }
            else if (rest.StartsWith("<?", StringComparison.Ordinal))
            {
                var end = rest.IndexOf("?>", StringComparison.Ordinal);
                pos = end < 0 ? text.Length : pos + end + 2;
            }
            else if (rest.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase))
            {
                htmlDoctype = rest[9..].TrimStart().StartsWith("html", StringComparison.OrdinalIgnoreCase);
                var end = rest.IndexOf('>');
                pos = end < 0 ? text.Length : pos + end + 1;
            }
            else
            {
                return StartsElement(rest, "html") || (htmlDoctype && !StartsElement(rest, "rss") && !StartsElement(rest, "feed")
                    && !StartsElement(rest, "rdf:RDF") && !StartsElement(rest, "channel"));
            }
        }
        return htmlDoctype;
    }

    private static bool StartsElement(ReadOnlySpan<char> tag, string name) =>
        tag.Length > name.Length + 1 && tag.Slice(1, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
        && !char.IsAsciiLetterOrDigit(tag[name.Length + 1]) && tag[name.Length + 1] != ':';
}

/// <summary>The kind of document <see cref="InputSniffer.Classify"/> found.</summary>
internal enum InputKind
{
    Empty,
    Xml,
    Html,
    Json,
    OtherJson,
    Unknown,
}
