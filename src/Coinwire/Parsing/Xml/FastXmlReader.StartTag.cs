using System.Xml;

namespace Coinwire.Parsing.Xml;

/// <summary>Start tags: attributes, namespace declarations, <c>xml:lang</c>/<c>xml:space</c>, prefix resolution.</summary>
internal sealed partial class FastXmlReader
{
    private void StartTag()
    {
        if (_rootDone)
        {
            throw Unsupported("Second root element.");
        }
        var nameStart = _pos + 1;
        var (nameEnd, colon) = QName(nameStart);
        var p = nameEnd;
        var declares = false;
        bool empty;
        while (true)
        {
            var at = SkipWhitespace(p);
            if (at >= _end)
            {
                throw Unsupported("Unterminated start tag.");
            }
            if (_buf[at] == '>' || (_buf[at] == '/' && at + 1 < _end && _buf[at + 1] == '>'))
            {
                empty = _buf[at] == '/';
                p = at + (empty ? 2 : 1);
                break;
            }
            if (at == p)
            {
                throw Unsupported("Malformed start tag.");
            }
            p = Attribute(at, ref declares);
        }
        var depth = _openCount;
        if (declares)
        {
            Declare(depth);
        }
        var prefix = colon < 0 ? _empty : _names.Add(_buf, nameStart, colon - nameStart);
        var local = colon < 0 ? _names.Add(_buf, nameStart, nameEnd - nameStart) : _names.Add(_buf, colon + 1, nameEnd - colon - 1);
        var ns = (object)prefix == _xmlPrefix || (object)prefix == _xmlnsPrefix ? null : _scopes.Lookup(prefix) ?? (colon < 0 ? _empty : null);
        if (ns is null)
        {
            throw Unsupported("Undeclared or reserved element prefix.");
        }
        ResolveAttributes();
        if (empty)
        {
            _leavePending = true;
            _rootDone = depth == 0;
        }
        else
        {
            if (_openCount == _open.Length)
            {
                Array.Resize(ref _open, _openCount * 2);
            }
            _open[_openCount++] = new Open(nameStart, nameEnd - nameStart, prefix, local, ns);
        }
        SetNode(XmlNodeType.Element, depth, prefix, local, ns);
        _isEmpty = empty;
        _pos = p;
    }

    /// <summary>Reads one attribute at <paramref name="p"/>; returns where it ends. Names are resolved later, values decoded lazily.</summary>
    private int Attribute(int p, ref bool declares)
    {
        var (nameEnd, colon) = QName(p);
        var q = SkipWhitespace(nameEnd);
        if (q >= _end || _buf[q] != '=')
        {
            throw Unsupported("Attribute without a value.");
        }
        q = SkipWhitespace(q + 1);
        if (q >= _end || _buf[q] is not ('"' or '\''))
        {
            throw Unsupported("Unquoted attribute value.");
        }
        var start = q + 1;
        var close = _buf.AsSpan(start, _end - start).IndexOf(_buf[q]);
        if (close < 0)
        {
            throw Unsupported("Unterminated attribute value.");
        }
        var raw = _buf.AsSpan(start, close);
        var special = raw.IndexOfAny(FastXmlText.AttributeStops);
        if (special >= 0)
        {
            CheckAttributeValue(raw[special..]);
        }
        var prefix = colon < 0 ? _empty : _names.Add(_buf, p, colon - p);
        var local = colon < 0 ? _names.Add(_buf, p, nameEnd - p) : _names.Add(_buf, colon + 1, nameEnd - colon - 1);
        declares |= (object)prefix == _xmlnsPrefix || (object)prefix == _xmlPrefix || (colon < 0 && (object)local == _xmlnsPrefix);
        if (_attrCount == _attrs.Length)
        {
            Array.Resize(ref _attrs, _attrCount * 2);
        }
        _attrs[_attrCount++] = new Attr { Prefix = prefix, LocalName = local, Ns = _empty, Start = start, End = start + close, Plain = special < 0 };
        return start + close + 1;
    }

    private void CheckAttributeValue(ReadOnlySpan<char> raw)
    {
        if (raw.Contains('<'))
        {
            throw Unsupported("'<' in an attribute value.");
        }
        for (var at = raw.IndexOf('&'); at >= 0; at = raw.IndexOf('&'))
        {
            var length = Reference(raw[at..], out _);
            if (length == 0)
            {
                throw Unsupported("Entity reference other than a predefined or character reference in an attribute.");
            }
            raw = raw[(at + length)..];
        }
    }

    /// <summary>Applies the element's namespace declarations, <c>xml:lang</c> and <c>xml:space</c> in a new scope.</summary>
    private void Declare(int depth)
    {
        _scopes.Enter(depth);
        for (var i = 0; i < _attrCount; i++)
        {
            var a = _attrs[i];
            var isDefault = (object)a.Prefix == _empty && (object)a.LocalName == _xmlnsPrefix;
            if ((object)a.Prefix == _xmlnsPrefix || isDefault)
            {
                var uri = AttributeValue(i);
                if (uri == _xmlNs || uri == XmlnsNs || (!isDefault && (uri.Length == 0 || (object)a.LocalName == _xmlPrefix || (object)a.LocalName == _xmlnsPrefix)))
                {
                    throw Unsupported("Reserved or empty namespace declaration.");
                }
                _scopes.Bind(isDefault ? _empty : a.LocalName, _names.Add(uri));
            }
            else if ((object)a.Prefix == _xmlPrefix && a.LocalName == "lang")
            {
                _scopes.SetLang(AttributeValue(i));
            }
            else if ((object)a.Prefix == _xmlPrefix && a.LocalName == "space")
            {
                _scopes.SetSpace(AttributeValue(i) switch
                {
                    "preserve" => XmlSpace.Preserve,
                    "default" => XmlSpace.Default,
                    _ => throw Unsupported("Invalid xml:space value."),
                });
            }
        }
    }

    /// <summary>Sets each attribute's namespace; an undeclared prefix or a duplicate attribute is unsupported.</summary>
    private void ResolveAttributes()
    {
        for (var i = 0; i < _attrCount; i++)
        {
            ref var a = ref _attrs[i];
            a.Ns = (object)a.Prefix == _empty ? ((object)a.LocalName == _xmlnsPrefix ? _xmlnsNs : _empty)
                : (object)a.Prefix == _xmlnsPrefix ? _xmlnsNs
                : (object)a.Prefix == _xmlPrefix ? _xmlNs
                : _scopes.Lookup(a.Prefix) ?? throw Unsupported("Undeclared attribute prefix.");
            for (var j = 0; j < i; j++)
            {
                if ((object)_attrs[j].LocalName == a.LocalName && (object)_attrs[j].Ns == a.Ns)
                {
                    throw Unsupported("Duplicate attribute.");
                }
            }
        }
    }

    /// <summary>An ASCII qualified name at <paramref name="p"/>: its end and the colon's position (-1 without a prefix).</summary>
    private (int End, int Colon) QName(int p)
    {
        if (p >= _end || !FastXmlText.IsNameStart(_buf[p]))
        {
            throw Unsupported("Not an ASCII name.");
        }
        var colon = -1;
        for (p++; p < _end; p++)
        {
            var c = _buf[p];
            if (c == ':' && colon < 0 && p + 1 < _end && FastXmlText.IsNameStart(_buf[p + 1]))
            {
                colon = p;
            }
            else if (!FastXmlText.IsNameChar(c))
            {
                break;
            }
        }
        return (p, colon);
    }
}
