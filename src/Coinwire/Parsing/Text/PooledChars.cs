using System.Buffers;

namespace Coinwire.Parsing.Text;

/// <summary>A growable char buffer rented from <see cref="ArrayPool{T}.Shared"/>; dispose to return it.</summary>
internal sealed class PooledChars : IDisposable
{
    private char[] _buffer;

    public PooledChars(int capacity) => _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));

    public int Length { get; set; }

    /// <summary>
    /// True when the decoder found none of the characters the XML readers treat specially (see <see cref="PlainUtf8"/>),
    /// so they need not look for them again.
    /// </summary>
    public bool KnownPlain { get; set; }

    public char[] Buffer => _buffer;

    public Span<char> Span => _buffer.AsSpan(0, Length);

    public ReadOnlyMemory<char> Memory => _buffer.AsMemory(0, Length);

    public void Append(char c)
    {
        if (Length == _buffer.Length)
        {
            Grow(1);
        }
        _buffer[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> chars)
    {
        if (Length + chars.Length > _buffer.Length)
        {
            Grow(chars.Length);
        }
        chars.CopyTo(_buffer.AsSpan(Length));
        Length += chars.Length;
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + needed));
        _buffer.AsSpan(0, Length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
