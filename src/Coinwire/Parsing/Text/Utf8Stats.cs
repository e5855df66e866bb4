using System.Buffers;
using System.Text;

namespace Coinwire.Parsing.Text;

/// <summary>Counts valid multi-byte UTF-8 sequences against invalid bytes, to tell "UTF-8 with a stray byte" from legacy text.</summary>
internal static class Utf8Stats
{
    public static (int ValidMultiByte, int InvalidBytes) Count(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var next = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (next < 0)
            {
                break;
            }
            i += next;
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid += consumed;
            }
            i += Math.Max(consumed, 1);
        }
        return (valid, invalid);
    }
}
