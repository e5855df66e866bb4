using System.Buffers;
using System.Text;

namespace Coinwire.Parsing.Xml;

/// <summary>
/// Text with references or CRs is decoded while it is read, into a pooled buffer, so its value is built with one copy
/// and compared or escaped without building a string at all.
/// </summary>
internal sealed partial class FastXmlReader
{
    private char[]? _decoded;
    private int _decodedLength;

    /// <summary>True when the current node's value is the decoded text in <see cref="_decoded"/>.</summary>
    private bool ValueIsDecoded => !_valuePlain && _valueKind == FastValueKind.Text && _valueEnd > _valueStart;

    private ReadOnlySpan<char> DecodedSpan => _decoded.AsSpan(0, _decodedLength);

    private void AppendDecoded(ReadOnlySpan<char> chars)
    {
        var need = _decodedLength + chars.Length;
        if (_decoded is null || need > _decoded.Length)
        {
            GrowDecoded(need);
        }
        chars.CopyTo(_decoded.AsSpan(_decodedLength));
        _decodedLength = need;
    }

    private void AppendDecoded(int code)
    {
        if (code <= char.MaxValue && _decoded is not null && _decodedLength < _decoded.Length)
        {
            _decoded[_decodedLength++] = (char)code;
            return;
        }
        Span<char> pair = stackalloc char[2];
        AppendDecoded(pair[..new Rune(code).EncodeToUtf16(pair)]);
    }

    private void GrowDecoded(int need)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(need, Math.Max(256, (_decoded?.Length ?? 0) * 2)));
        DecodedSpan.CopyTo(bigger);
        ReturnDecoded();
        _decoded = bigger;
    }

    private void ReturnDecoded()
    {
        if (_decoded is not null)
        {
            ArrayPool<char>.Shared.Return(_decoded);
            _decoded = null;
        }
    }
}
