using System.Buffers;

namespace Coinwire.Parsing.Text;

/// <summary>
/// Whether valid UTF-8 is free of the characters the XML readers treat specially: C0 controls other than tab, LF and
/// CR, C1 controls (U+0080-U+009F, which the repair maps to windows-1252) and U+FFFE/U+FFFF. Valid UTF-8 holds no
/// unpaired surrogate, so this is everything <see cref="Xml.FastXmlText.HasOnlyPlainCharacters"/> and the repair's
/// C1 check look for, found in one pass over the bytes instead of two over the decoded text (twice their size).
/// </summary>
internal static class PlainUtf8
{
    /// <summary>C0 controls other than tab, LF and CR, and the lead bytes of U+0080-U+009F (C2) and U+FFFE/U+FFFF (EF).</summary>
    private static readonly SearchValues<byte> Suspects = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0C, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16,
            0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0xC2, 0xEF]);

    /// <summary>True when <paramref name="validUtf8"/> (which must be valid UTF-8) holds none of those characters.</summary>
    public static bool IsPlain(ReadOnlySpan<byte> validUtf8)
    {
        for (var at = validUtf8.IndexOfAny(Suspects); at >= 0;)
        {
            var rest = validUtf8[at..];
            if (rest[0] < 0x20 || rest is [0xC2, < 0xA0, ..] || rest is [0xEF, 0xBF, >= 0xBE, ..])
            {
                return false;
            }
            var next = rest[1..].IndexOfAny(Suspects);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return true;
    }
}
