using System.Buffers;

namespace Coinwire.Parsing.Text;

/// <summary>
/// One span scan over decoded text that makes common feed damage well-formed before the XML reader sees it:
/// undeclared HTML entities become numeric references, stray <c>&amp;</c> becomes <c>&amp;amp;</c>, invalid control
/// characters are dropped, references to no character (0, surrogates, beyond U+10FFFF) become U+FFFD, C1 controls
/// become their windows-1252 characters (those with none stay), and a misplaced XML declaration goes.
/// CDATA sections are left alone except for control characters. Nothing is copied when nothing needs repair.
/// </summary>
internal sealed class XmlTextRepair
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private readonly char[] _src;
    private readonly int _end;
    private readonly SearchValues<char> _special;
    private readonly SearchValues<char> _controls;
    private PooledChars? _out;
    private int _copied;
    private int _cdataStart = -2;
    private int _cdataEnd = -1;

    private XmlTextRepair(PooledChars text, int start)
    {
        _src = text.Buffer;
        _end = text.Length;
        _copied = start;
        var c1 = !text.KnownPlain && _src.AsSpan(start, _end - start).ContainsAnyInRange('\u0080', '\u009F');
        // Without C1 controls in the text the sets are ASCII-only, which SearchValues searches much faster.
        _special = c1 ? XmlReferences.Special : XmlReferences.AsciiSpecial;
        _controls = c1 ? XmlReferences.Controls : XmlReferences.AsciiControls;
    }

    /// <summary>Counts of what was repaired, for warnings.</summary>
    public int EntitiesReplaced { get; private set; }

    /// <summary>Bare ampersands escaped.</summary>
    public int AmpersandsEscaped { get; private set; }

    /// <summary>Control characters dropped or remapped.</summary>
    public int ControlCharsFixed { get; private set; }

    /// <summary>
    /// Repairs <paramref name="text"/> from <paramref name="start"/> (the first markup char). Returns the buffer to read
    /// (either <paramref name="text"/> or a new one, which the caller then owns too) and the segment within it.
    /// </summary>
    public static (PooledChars Buffer, int Start, int Length) Run(PooledChars text, int start, List<string> warnings)
    {
        var repair = new XmlTextRepair(text, start);
        var bodyStart = repair.DropXmlDeclarations(start);
        repair.Scan(bodyStart);
        repair.Warn(warnings);
        if (repair._out is null)
        {
            return (text, repair._copied, text.Length - repair._copied);
        }
        repair.Flush(repair._end);
        return (repair._out, 0, repair._out.Length);
    }

    /// <summary>
    /// Where reading starts when <paramref name="text"/> may need no repair beyond passing over XML declarations at
    /// <paramref name="start"/>, or -1 when it has C1 controls or a misplaced declaration. Whether its references
    /// and control characters need repair is then for the reader to find out (see <see cref="Xml.FastXmlReader"/>).
    /// </summary>
    public static int CleanStart(PooledChars text, int start)
    {
        var repair = new XmlTextRepair(text, start);
        if (repair._special != XmlReferences.AsciiSpecial)
        {
            return -1;
        }
        repair.DropXmlDeclarations(start);
        return repair._out is null ? repair._copied : -1;
    }

    private void Warn(List<string> warnings)
    {
        if (EntitiesReplaced > 0)
        {
            warnings.Add($"Replaced {EntitiesReplaced} undeclared HTML entity reference(s).");
        }
        if (AmpersandsEscaped > 0)
        {
            warnings.Add($"Escaped {AmpersandsEscaped} bare '&' character(s).");
        }
        if (ControlCharsFixed > 0)
        {
            warnings.Add($"Removed or remapped {ControlCharsFixed} control character(s).");
        }
    }

    /// <summary>
    /// The XML reader rejects a declaration after a comment or whitespace, or a second one; the encoding was already
    /// applied, so every declaration before the root element goes.
    /// </summary>
    private int DropXmlDeclarations(int start)
    {
        var after = DropXmlDeclaration(start);
        while (after != start)
        {
            (start, after) = (after, DropXmlDeclaration(after));
        }
        return after;
    }

    private int DropXmlDeclaration(int start)
    {
        var span = _src.AsSpan(start, Math.Min(_end - start, 4096));
        var at = span.IndexOf("<?xml", StringComparison.Ordinal);
        if (at < 0 || at + 5 >= span.Length || !char.IsWhiteSpace(span[at + 5]) || HasElementStart(span[..at]))
        {
            return start;
        }
        var close = span[at..].IndexOf("?>", StringComparison.Ordinal);
        if (close < 0)
        {
            return start;
        }
        if (at == 0)
        {
            // At the very start nothing needs copying: reading simply begins after it.
            _copied = start + close + 2;
        }
        else
        {
            Replace(start + at, start + at + close + 2, []);
        }
        return start + at + close + 2;
    }

    private static bool HasElementStart(ReadOnlySpan<char> prolog)
    {
        for (var i = prolog.IndexOf('<'); i >= 0 && i + 1 < prolog.Length; i = prolog[(i + 1)..].IndexOf('<') is var n and >= 0 ? i + 1 + n : -1)
        {
            if (char.IsAsciiLetter(prolog[i + 1]))
            {
                return true;
            }
        }
        return false;
    }

    private void Scan(int pos)
    {
        while (pos < _end)
        {
            var rel = _src.AsSpan(pos, _end - pos).IndexOfAny(_special);
            if (rel < 0)
            {
                return;
            }
            var i = pos + rel;
            if (_src[i] != '&')
            {
                Control(i);
                pos = i + 1;
            }
            else if (XmlReferences.UnchangedLength(_src.AsSpan(i + 1, Math.Min(_end - i - 1, 10))) is var length and > 0)
            {
                // Left alone inside CDATA and out, so the CDATA lookup is not needed.
                pos = i + length;
            }
            else if (InCdata(i))
            {
                // Inside CDATA only control characters change.
                pos = ScanControls(i + 1, _cdataEnd);
            }
            else
            {
                pos = Ampersand(i);
            }
        }
    }

    private void Control(int i)
    {
        var c = _src[i];
        var mapped = c >= '\u0080' ? Cp1252Fallback.Map((byte)c) : '\0';
        if (mapped == c)
        {
            // A C1 control with no windows-1252 meaning (U+0081, U+008D, U+008F, U+0090, U+009D) is legal XML and may be
            // the second byte of double-encoded UTF-8 ("Ñ\u0081" is "с"): Mojibake.Repair needs it and drops it if unused.
            return;
        }
        ControlCharsFixed++;
        Replace(i, i + 1, mapped is '\0' ? [] : [mapped]);
    }

    private int ScanControls(int pos, int end)
    {
        while (pos < end)
        {
            var rel = _src.AsSpan(pos, end - pos).IndexOfAny(_controls);
            if (rel < 0)
            {
                return end;
            }
            Control(pos + rel);
            pos += rel + 1;
        }
        return end;
    }

    private bool InCdata(int i)
    {
        if (_cdataStart == -2)
        {
            _cdataStart = IndexOf("<![CDATA[", 0);
        }
        while (_cdataStart >= 0 && _cdataStart < i)
        {
            if (_cdataEnd <= _cdataStart)
            {
                var close = IndexOf("]]>", _cdataStart + 9);
                _cdataEnd = close < 0 ? _end : close + 3;
            }
            if (i < _cdataEnd)
            {
                return true;
            }
            _cdataStart = IndexOf("<![CDATA[", _cdataEnd);
        }
        return false;
    }

    private int IndexOf(string value, int from)
    {
        if (from >= _end)
        {
            return -1;
        }
        var at = _src.AsSpan(from, _end - from).IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Handles the reference starting at <paramref name="i"/>; returns where scanning resumes.</summary>
    private int Ampersand(int i)
    {
        var rest = _src.AsSpan(i + 1, Math.Min(_end - i - 1, 40));
        var semi = rest.IndexOf(';');
        if (semi > 0 && rest[0] == '#')
        {
            return NumericReference(i, rest[1..semi], semi + 2);
        }
        if (semi > 0 && XmlReferences.IsName(rest[..semi]))
        {
            var name = rest[..semi];
            if (name is "amp" or "lt" or "gt" or "quot" or "apos")
            {
                return i + semi + 2;
            }
            var symbol = HtmlEntities.Lookup(name);
            if (symbol is not null)
            {
                EntitiesReplaced++;
                Replace(i, i + semi + 2, NumericReferences(symbol));
                return i + semi + 2;
            }
        }
        AmpersandsEscaped++;
        Replace(i, i + 1, "&amp;");
        return i + 1;
    }

    private int NumericReference(int i, ReadOnlySpan<char> digits, int length)
    {
        var hex = digits.Length > 0 && digits[0] is 'x' or 'X';
        var body = hex ? digits[1..] : digits;
        var style = hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None;
        if (body.IsEmpty || body.ContainsAnyExcept(hex ? HexDigits : Digits))
        {
            AmpersandsEscaped++;
            Replace(i, i + 1, "&amp;");
            return i + 1;
        }
        if (body.Length > 8 || !int.TryParse(body, style, null, out var code) || code is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            // What HTML (and feedparser) make of a reference to no character: U+FFFD.
            ControlCharsFixed++;
            Replace(i, i + length, "&#65533;");
        }
        else if (code is >= 0x80 and <= 0x9F && Cp1252Fallback.Map((byte)code) is var mapped && mapped != code)
        {
            // Those with no windows-1252 character stay, as the raw ones do, for Mojibake.Repair ("Ñ&#129;" is "с").
            ControlCharsFixed++;
            Replace(i, i + length, NumericReferences(mapped.ToString()));
        }
        else if (!XmlReferences.IsXmlChar(code))
        {
            ControlCharsFixed++;
            Replace(i, i + length, []);
        }
        return i + length;
    }

    private static string NumericReferences(string symbol)
    {
        var builder = new System.Text.StringBuilder(symbol.Length * 8);
        foreach (var rune in symbol.EnumerateRunes())
        {
            builder.Append("&#").Append(rune.Value).Append(';');
        }
        return builder.ToString();
    }

    private void Replace(int from, int to, ReadOnlySpan<char> replacement)
    {
        Flush(from);
        _out!.Append(replacement);
        _copied = to;
    }

    private void Flush(int upTo)
    {
        _out ??= new PooledChars(_end - _copied + 256);
        if (upTo > _copied)
        {
            _out.Append(_src.AsSpan(_copied, upTo - _copied));
            _copied = upTo;
        }
    }
}
