namespace Coinwire.Parsing.Text;

/// <summary>Reads the <c>encoding</c> pseudo-attribute of an XML declaration from ASCII-compatible bytes.</summary>
internal static class XmlDeclaration
{
    private const int SearchWindow = 2048;

    /// <summary>The declared encoding label, or <see langword="null"/> when there is no declaration or no encoding in it.</summary>
    public static string? Encoding(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SearchWindow)];
        var start = head.IndexOf("<?xml"u8);
        if (start < 0)
        {
            return null;
        }
        var decl = head[(start + 5)..];
        var end = decl.IndexOf("?>"u8);
        if (end < 0)
        {
            return null;
        }
        decl = decl[..end];
        var at = decl.IndexOf("encoding"u8);
        if (at < 0)
        {
            return null;
        }
        decl = decl[(at + 8)..].TrimStart(" \t\r\n"u8);
        if (decl.IsEmpty || decl[0] != '=')
        {
            return null;
        }
        decl = decl[1..].TrimStart(" \t\r\n"u8);
        if (decl.IsEmpty || decl[0] is not ((byte)'"' or (byte)'\''))
        {
            return null;
        }
        var quote = decl[0];
        decl = decl[1..];
        var close = decl.IndexOf(quote);
        var value = close < 0 ? decl : decl[..close];
        return value.IsEmpty ? null : System.Text.Encoding.ASCII.GetString(value);
    }
}
