using System.Text;

namespace Coinwire.Parsing.Text;

/// <summary>
/// Decodes bytes that are invalid in UTF-8 as windows-1252, one char per byte: a Latin-1 or 1252 snippet pasted
/// into a UTF-8 feed ("Espa\xF1a") reads as the author meant instead of as U+FFFD.
/// </summary>
internal sealed class Cp1252Fallback : DecoderFallback
{
    public static readonly Cp1252Fallback Instance = new();

    public static readonly Encoding Utf8WithCp1252Fallback = Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, Instance);

    private static readonly char[] High = BuildHighTable();

    public override int MaxCharCount => 4;

    /// <summary>The windows-1252 char for a byte (C1 bytes with no 1252 meaning stay as Latin-1).</summary>
    public static char Map(byte b) => b < 0x80 ? (char)b : High[b - 0x80];

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

    private static char[] BuildHighTable()
    {
        EncodingSetup.EnsureRegistered();
        var bytes = new byte[128];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(0x80 + i);
        }
        return Encoding.GetEncoding(1252).GetChars(bytes);
    }

    private sealed class Buffer : DecoderFallbackBuffer
    {
        private readonly char[] _chars = new char[8];
        private int _count;
        private int _position;

        public override int Remaining => _count - _position;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            _count = Math.Min(bytesUnknown.Length, _chars.Length);
            for (var i = 0; i < _count; i++)
            {
                _chars[i] = Map(bytesUnknown[i]);
            }
            _position = 0;
            return _count > 0;
        }

        public override char GetNextChar() => _position < _count ? _chars[_position++] : '\0';

        public override bool MovePrevious()
        {
            if (_position == 0)
            {
                return false;
            }
            _position--;
            return true;
        }

        public override void Reset() => _count = _position = 0;
    }
}
