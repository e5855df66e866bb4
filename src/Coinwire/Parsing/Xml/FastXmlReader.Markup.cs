using System.Xml;

namespace Coinwire.Parsing.Xml;

/// <summary>The node loop: markup, text, CDATA; comments and processing instructions are passed over.</summary>
internal sealed partial class FastXmlReader
{
    private int _pos;
    private Open[] _open = new Open[16];
    private int _openCount;
    private bool _leavePending;
    private bool _rootDone;

    /// <inheritdoc/>
    public override bool Read()
    {
        if (_state == ReadState.Initial)
        {
            _state = ReadState.Interactive;
        }
        else if (_state != ReadState.Interactive)
        {
            return false;
        }
        _attrIndex = -1;
        _attrCount = 0;
        _value = null;
        if (_leavePending)
        {
            _leavePending = false;
            _scopes.Leave(_depth);
        }
        while (_pos < _end)
        {
            if (_buf[_pos] != '<')
            {
                if (Text())
                {
                    return true;
                }
                continue;
            }
            var next = _pos + 1 < _end ? _buf[_pos + 1] : '\0';
            if (next == '/')
            {
                EndTag();
                return true;
            }
            if (next == '?')
            {
                SkipProcessingInstruction();
            }
            else if (next == '!')
            {
                if (!Bang())
                {
                    return true;
                }
            }
            else
            {
                StartTag();
                return true;
            }
        }
        if (_openCount > 0 || !_rootDone)
        {
            throw Unsupported("Document ends before the root element is closed.");
        }
        _state = ReadState.EndOfFile;
        SetNode(XmlNodeType.None, 0, _empty, _empty, _empty);
        return false;
    }

    private static FastXmlUnsupportedException Unsupported(string reason) => new(reason);

    private void SetNode(XmlNodeType type, int depth, string prefix, string localName, string ns)
    {
        _nodeType = type;
        _depth = depth;
        _prefix = prefix;
        _localName = localName;
        _ns = ns;
        _isEmpty = false;
        _valueStart = _valueEnd = 0;
    }

    /// <summary>A comment (skipped: returns true) or a CDATA section (reported: returns false); anything else is unsupported.</summary>
    private bool Bang()
    {
        var rest = _buf.AsSpan(_pos, _end - _pos);
        if (rest.StartsWith("<!--"))
        {
            var close = rest[4..].IndexOf("-->");
            if (close < 0 || rest.Slice(4, close).IndexOf("--") >= 0 || (close > 0 && rest[4 + close - 1] == '-'))
            {
                throw Unsupported("Unterminated or malformed comment.");
            }
            CheckPassedOver(rest.Slice(4, close));
            _pos += 4 + close + 3;
            return true;
        }
        if (!rest.StartsWith("<![CDATA[") || _openCount == 0)
        {
            throw Unsupported("DOCTYPE, markup declaration or CDATA outside the root.");
        }
        var end = CdataEnd(rest[9..]);
        if (end < 0)
        {
            throw Unsupported("Unterminated CDATA section.");
        }
        SetNode(XmlNodeType.CDATA, _openCount, _empty, _empty, _empty);
        _valueStart = _pos + 9;
        _valueEnd = _valueStart + end;
        _valueKind = FastValueKind.CData;
        _valuePlain = !rest.Slice(9, end).Contains('\r');
        _pos = _valueEnd + 3;
        return false;
    }

    /// <summary>
    /// In unrepaired text, a comment or processing instruction holding <c>&amp;</c> is left to the repair, which checks
    /// (and may escape, with a warning) every <c>&amp;</c> outside CDATA sections, these too.
    /// </summary>
    private void CheckPassedOver(ReadOnlySpan<char> skipped)
    {
        if (_unrepaired && skipped.Contains('&'))
        {
            throw Unsupported("'&' in a comment or processing instruction of unrepaired text.");
        }
    }

    /// <summary>
    /// The length of the reference at the start of <paramref name="s"/>, 0 when it is not one this reader decodes. In
    /// unrepaired text a reference to a C1 control is refused: the repair maps those to windows-1252 characters.
    /// </summary>
    private int Reference(ReadOnlySpan<char> s, out int code)
    {
        var length = FastXmlText.Reference(s, out code);
        return _unrepaired && length > 0 && code is >= 0x80 and <= 0x9F ? 0 : length;
    }

    // ']' is rare in feed text, so a one-char search (packed, 32-64 chars a step) that checks each hit beats searching
    // for the three-char string (measured: 0.99 against 1.28 ms for the CDATA sections of `readable`).
    private static int CdataEnd(ReadOnlySpan<char> text)
    {
        for (var from = 0; ;)
        {
            var at = text[from..].IndexOf(']');
            if (at < 0)
            {
                return -1;
            }
            at += from;
            if (text[at..].StartsWith("]]>"))
            {
                return at;
            }
            from = at + 1;
        }
    }

    private void SkipProcessingInstruction()
    {
        var nameEnd = NameEnd(_pos + 2);
        var rest = _buf.AsSpan(nameEnd, _end - nameEnd);
        var target = _buf.AsSpan(_pos + 2, nameEnd - _pos - 2);
        if (nameEnd == _pos + 2 || target.Contains(':') || target.Equals("xml", StringComparison.OrdinalIgnoreCase)
            || rest.IsEmpty || !(FastXmlText.IsWhitespace(rest[0]) || rest.StartsWith("?>")))
        {
            throw Unsupported("XML declaration or malformed processing instruction.");
        }
        var close = rest.IndexOf("?>");
        if (close < 0)
        {
            throw Unsupported("Unterminated processing instruction.");
        }
        CheckPassedOver(rest[..close]);
        _pos = nameEnd + close + 2;
    }

    /// <summary>A text run up to the next markup; false when it was top-level whitespace that is not reported.</summary>
    private bool Text()
    {
        var start = _pos;
        var plain = true;
        var whitespace = true;
        var p = start;
        // Where the next run of characters to copy into the decoded value begins, once there is one.
        var copied = start;
        while (true)
        {
            var at = _buf.AsSpan(p, _end - p).IndexOfAny(FastXmlText.TextStops);
            var stop = at < 0 ? _end : p + at;
            if (whitespace && _buf.AsSpan(p, stop - p).ContainsAnyExcept(FastXmlText.Whitespace))
            {
                whitespace = false;
            }
            if (at < 0 || _buf[stop] == '<')
            {
                p = stop;
                break;
            }
            var c = _buf[stop];
            if (c == '&')
            {
                if (_openCount == 0)
                {
                    throw Unsupported("Reference outside the root element.");
                }
                var length = Reference(_buf.AsSpan(stop, _end - stop), out var code);
                if (length == 0)
                {
                    throw Unsupported("Entity reference other than a predefined or character reference.");
                }
                DecodeUpTo(ref plain, copied, stop);
                AppendDecoded(code);
                whitespace &= _buf[stop + 1] == '#' && FastXmlText.IsWhitespace(code);
                copied = p = stop + length;
            }
            else if (c == '\r')
            {
                DecodeUpTo(ref plain, copied, stop);
                AppendDecoded("\n");
                p = stop + 1;
                copied = p < _end && _buf[p] == '\n' ? p + 1 : p;
            }
            else
            {
                if (_buf.AsSpan(stop, _end - stop).StartsWith("]]>"))
                {
                    throw Unsupported("']]>' in text.");
                }
                whitespace = false;
                p = stop + 1;
            }
        }
        _pos = p;
        if (!plain)
        {
            AppendDecoded(_buf.AsSpan(copied, p - copied));
        }
        if (_openCount == 0 && !whitespace)
        {
            throw Unsupported("Text outside the root element.");
        }
        var type = !whitespace ? XmlNodeType.Text
            : _scopes.Space == XmlSpace.Preserve ? XmlNodeType.SignificantWhitespace : XmlNodeType.Whitespace;
        SetNode(type, _openCount, _empty, _empty, _empty);
        _valueStart = start;
        _valueEnd = p;
        _valueKind = FastValueKind.Text;
        _valuePlain = plain;
        return true;
    }

    /// <summary>
    /// Copies the text from <paramref name="copied"/> to <paramref name="stop"/> into the decoded value, which starts
    /// empty when the text was <paramref name="plain"/> so far (it no longer is).
    /// </summary>
    private void DecodeUpTo(ref bool plain, int copied, int stop)
    {
        if (plain)
        {
            _decodedLength = 0;
            plain = false;
        }
        AppendDecoded(_buf.AsSpan(copied, stop - copied));
    }

    private void EndTag()
    {
        if (_openCount == 0)
        {
            throw Unsupported("End tag without a start tag.");
        }
        var open = _open[--_openCount];
        var nameStart = _pos + 2;
        var p = nameStart + open.NameLength;
        if (p > _end || !_buf.AsSpan(nameStart, open.NameLength).SequenceEqual(_buf.AsSpan(open.NameStart, open.NameLength)))
        {
            throw Unsupported("Mismatched end tag.");
        }
        p = SkipWhitespace(p);
        if (p >= _end || _buf[p] != '>')
        {
            throw Unsupported("Malformed end tag.");
        }
        _pos = p + 1;
        SetNode(XmlNodeType.EndElement, _openCount, open.Prefix, open.LocalName, open.Ns);
        _leavePending = true;
        _rootDone = _openCount == 0;
    }

    private int SkipWhitespace(int p)
    {
        while (p < _end && FastXmlText.IsWhitespace(_buf[p]))
        {
            p++;
        }
        return p;
    }

    /// <summary>Where the ASCII name starting at <paramref name="p"/> ends (<paramref name="p"/> itself when there is none).</summary>
    private int NameEnd(int p)
    {
        if (p >= _end || !FastXmlText.IsNameStart(_buf[p]))
        {
            return p;
        }
        p++;
        while (p < _end && (FastXmlText.IsNameChar(_buf[p]) || _buf[p] == ':'))
        {
            p++;
        }
        return p;
    }

    /// <summary>An element still open: its raw qualified name (for the end tag) and atomized names.</summary>
    private readonly record struct Open(int NameStart, int NameLength, string Prefix, string LocalName, string Ns);
}
