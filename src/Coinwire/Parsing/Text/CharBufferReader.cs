namespace Coinwire.Parsing.Text;

/// <summary>A <see cref="TextReader"/> over a char buffer segment, so decoded text is never copied into a string.</summary>
internal sealed class CharBufferReader(char[] buffer, int start, int length) : TextReader
{
    private readonly int _end = start + length;
    private int _position = start;

    public override int Peek() => _position < _end ? buffer[_position] : -1;

    public override int Read() => _position < _end ? buffer[_position++] : -1;

    public override int Read(char[] destination, int index, int count) => Read(destination.AsSpan(index, count));

    public override int Read(Span<char> destination)
    {
        var n = Math.Min(destination.Length, _end - _position);
        if (n <= 0)
        {
            return 0;
        }
        buffer.AsSpan(_position, n).CopyTo(destination);
        _position += n;
        return n;
    }

    public override int ReadBlock(Span<char> destination) => Read(destination);

    public override string ReadToEnd()
    {
        var text = new string(buffer, _position, _end - _position);
        _position = length;
        return text;
    }
}
