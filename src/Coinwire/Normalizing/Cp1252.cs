namespace Coinwire.Normalizing;

/// <summary>
/// "Sloppy" Windows-1252: the byte each character came from when UTF-8 was decoded as Windows-1252 or Latin-1.
/// Undefined cp1252 bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) and every C1 control map to their own byte, as Latin-1 does.
/// </summary>
internal static class Cp1252
{
    // Characters for bytes 0x80-0x9F; '\0' marks the bytes Windows-1252 leaves undefined.
    private const string HighControls =
        "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    private static readonly Dictionary<char, byte> Specials = BuildSpecials();

    /// <summary>The Windows-1252 character for a byte 0x80-0x9F, or <see langword="null"/> when the byte is undefined.</summary>
    public static char? Printable(int b) =>
        b is >= 0x80 and <= 0x9F && HighControls[b - 0x80] != '\0' ? HighControls[b - 0x80] : null;

    /// <summary>The byte <paramref name="c"/> stands for in sloppy Windows-1252 / Latin-1.</summary>
    public static bool TryGetByte(char c, out byte b)
    {
        if (c < 0x100)
        {
            b = (byte)c;
            return true;
        }
        return Specials.TryGetValue(c, out b);
    }

    /// <summary>True when <paramref name="c"/> can be a mis-decoded UTF-8 continuation byte (0x80-0xBF).</summary>
    public static bool IsContinuation(char c) => TryGetByte(c, out var b) && b is >= 0x80 and <= 0xBF;

    /// <summary>True for characters that only appear in Latin-1/cp1252 mojibake or next to it (U+0080-U+00FF and the cp1252 extras).</summary>
    public static bool IsHighByteChar(char c) => c is >= '\u0080' and <= '\u00FF' || Specials.ContainsKey(c);

    private static Dictionary<char, byte> BuildSpecials()
    {
        var map = new Dictionary<char, byte>();
        for (var i = 0; i < HighControls.Length; i++)
        {
            if (HighControls[i] != '\0')
            {
                map[HighControls[i]] = (byte)(0x80 + i);
            }
        }
        return map;
    }
}
