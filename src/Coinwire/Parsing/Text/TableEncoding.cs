using System.Text;

namespace Coinwire.Parsing.Text;

/// <summary>
/// A single-byte encoding given by a table: bytes below 0x80 are ASCII, the others the table's characters (U+FFFD
/// where it has none). For the code pages .NET lacks (<see cref="SingleByteCodePages"/>).
/// </summary>
internal sealed class TableEncoding : Encoding
{
    private readonly string _name;
    private readonly char[] _high;
    private readonly Dictionary<char, byte> _bytes = [];

    /// <summary>An encoding named <paramref name="name"/> whose bytes 0x80–0xFF are <paramref name="high"/>.</summary>
    public TableEncoding(string name, char[] high)
    {
        if (high.Length != 128)
        {
            throw new ArgumentException("A table holds the 128 characters of bytes 0x80-0xFF.", nameof(high));
        }
        _name = name;
        _high = high;
        for (var i = 0; i < high.Length; i++)
        {
            if (high[i] != '\uFFFD')
            {
                _bytes.TryAdd(high[i], (byte)(0x80 + i));
            }
        }
    }

    /// <inheritdoc/>
    public override string WebName => _name;

    /// <inheritdoc/>
    public override string EncodingName => _name;

    /// <inheritdoc/>
    public override bool IsSingleByte => true;

    /// <inheritdoc/>
    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    /// <inheritdoc/>
    public override int GetCharCount(ReadOnlySpan<byte> bytes) => bytes.Length;

    /// <inheritdoc/>
    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        GetChars(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex));

    /// <inheritdoc/>
    public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        if (chars.Length < bytes.Length)
        {
            throw new ArgumentException("The output buffer is too small.", nameof(chars));
        }
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b < 0x80 ? (char)b : _high[b - 0x80];
        }
        return bytes.Length;
    }

    /// <inheritdoc/>
    public override int GetByteCount(char[] chars, int index, int count) => count;

    /// <inheritdoc/>
    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        for (var i = 0; i < charCount; i++)
        {
            var c = chars[charIndex + i];
            bytes[byteIndex + i] = c < 0x80 ? (byte)c : _bytes.GetValueOrDefault(c, (byte)'?');
        }
        return charCount;
    }

    /// <inheritdoc/>
    public override int GetMaxByteCount(int charCount) => charCount;

    /// <inheritdoc/>
    public override int GetMaxCharCount(int byteCount) => byteCount;
}
