using System.Xml;

namespace Coinwire.Parsing.Xml;

/// <summary>
/// An <see cref="XmlReader"/> over already decoded, repaired UTF-16 text that reads only the well-formed, DTD-free
/// subset feeds use, reporting the same nodes as System.Xml's reader with <see cref="XmlFeedReader"/>'s settings.
/// Anything else (a DOCTYPE, an undeclared prefix, an unknown entity, any well-formedness error, a non-ASCII name …)
/// throws <see cref="FastXmlUnsupportedException"/>, and the caller reads the document with System.Xml instead.
/// Names are atomized in the caller's table; values are built only when asked for.
/// </summary>
internal sealed partial class FastXmlReader : XmlReader
{
    private const string XmlnsNs = "http://www.w3.org/2000/xmlns/";

    private readonly char[] _buf;
    private readonly int _end;
    private readonly XmlNameTable _names;
    private readonly FastXmlScopes _scopes;
    private readonly string _empty;
    private readonly string _xmlNs;
    private readonly string _xmlnsNs;
    private readonly string _xmlPrefix;
    private readonly string _xmlnsPrefix;
    private readonly bool _unrepaired;
    private ReadState _state = ReadState.Initial;
    private XmlNodeType _nodeType;
    private int _depth;
    private string _localName;
    private string _prefix;
    private string _ns;
    private bool _isEmpty;
    private int _valueStart;
    private int _valueEnd;
    private FastValueKind _valueKind;
    private bool _valuePlain;
    private string? _value;
    private Attr[] _attrs = new Attr[8];
    private int _attrCount;
    private int _attrIndex = -1;

    /// <summary>
    /// Reads <paramref name="length"/> chars of <paramref name="buffer"/> from <paramref name="start"/>, atomizing
    /// names in <paramref name="names"/>; <paramref name="predeclared"/> are the prefixes bound before the document
    /// starts (atomized in the same table).
    /// </summary>
    public FastXmlReader(char[] buffer, int start, int length, XmlNameTable names, IReadOnlyList<(string Prefix, string Uri)> predeclared, FastXmlOptions options = FastXmlOptions.None)
    {
        _unrepaired = options.HasFlag(FastXmlOptions.Unrepaired);
        _buf = buffer;
        _pos = start;
        _end = start + length;
        _names = names;
        _scopes = new FastXmlScopes(predeclared);
        _empty = names.Add(string.Empty);
        _xmlNs = names.Add("http://www.w3.org/XML/1998/namespace");
        _xmlnsNs = names.Add(XmlnsNs);
        _xmlPrefix = names.Add("xml");
        _xmlnsPrefix = names.Add("xmlns");
        _localName = _prefix = _ns = _empty;
        if (!options.HasFlag(FastXmlOptions.CharactersChecked) && !FastXmlText.HasOnlyPlainCharacters(buffer.AsSpan(start, length)))
        {
            throw new FastXmlUnsupportedException("Control character, noncharacter or unpaired surrogate.");
        }
    }

    /// <inheritdoc/>
    public override XmlNodeType NodeType => _attrIndex >= 0 ? XmlNodeType.Attribute : _nodeType;

    /// <inheritdoc/>
    public override string LocalName => _attrIndex >= 0 ? _attrs[_attrIndex].LocalName : _localName;

    /// <inheritdoc/>
    public override string NamespaceURI => _attrIndex >= 0 ? _attrs[_attrIndex].Ns : _ns;

    /// <inheritdoc/>
    public override string Prefix => _attrIndex >= 0 ? _attrs[_attrIndex].Prefix : _prefix;

    /// <inheritdoc/>
    public override string Value => _attrIndex >= 0 ? AttributeValue(_attrIndex) : _value ??= NodeValue();

    /// <inheritdoc/>
    public override int Depth => _attrIndex >= 0 ? _depth + 1 : _depth;

    /// <inheritdoc/>
    public override bool IsEmptyElement => _attrIndex < 0 && _isEmpty;

    /// <inheritdoc/>
    public override int AttributeCount => _nodeType == XmlNodeType.Element ? _attrCount : 0;

    /// <inheritdoc/>
    public override string BaseURI => string.Empty;

    /// <inheritdoc/>
    public override bool EOF => _state == ReadState.EndOfFile;

    /// <inheritdoc/>
    public override ReadState ReadState => _state;

    /// <inheritdoc/>
    public override XmlNameTable NameTable => _names;

    /// <inheritdoc/>
    public override string XmlLang => _scopes.Lang;

    /// <inheritdoc/>
    public override XmlSpace XmlSpace => _scopes.Space;

    /// <inheritdoc/>
    public override string GetAttribute(int i) =>
        (uint)i < (uint)AttributeCount ? AttributeValue(i) : throw new ArgumentOutOfRangeException(nameof(i));

    /// <inheritdoc/>
    public override string? GetAttribute(string name) => IndexOf(name) is var i and >= 0 ? AttributeValue(i) : null;

    /// <inheritdoc/>
    public override string? GetAttribute(string name, string? namespaceURI) =>
        IndexOf(name, namespaceURI ?? string.Empty) is var i and >= 0 ? AttributeValue(i) : null;

    /// <inheritdoc/>
    public override bool MoveToAttribute(string name) => MoveTo(IndexOf(name));

    /// <inheritdoc/>
    public override bool MoveToAttribute(string name, string? ns) => MoveTo(IndexOf(name, ns ?? string.Empty));

    /// <inheritdoc/>
    public override bool MoveToFirstAttribute() => MoveTo(AttributeCount > 0 ? 0 : -1);

    /// <inheritdoc/>
    public override bool MoveToNextAttribute() =>
        _attrIndex < 0 ? MoveToFirstAttribute() : MoveTo(_attrIndex + 1 < _attrCount ? _attrIndex + 1 : -1);

    /// <inheritdoc/>
    public override bool MoveToElement()
    {
        var moved = _attrIndex >= 0;
        _attrIndex = -1;
        return moved;
    }

    /// <inheritdoc/>
    public override string? LookupNamespace(string prefix) =>
        _names.Get(prefix) is { } atom ? _scopes.Lookup(atom) ?? (atom.Length == 0 ? _empty : null) : null;

    /// <summary>Attribute-value nodes are outside the subset the feed readers use.</summary>
    public override bool ReadAttributeValue() => throw new FastXmlUnsupportedException("ReadAttributeValue is not supported.");

    /// <summary>Entity references are never reported, so there is nothing to resolve.</summary>
    public override void ResolveEntity() => throw new InvalidOperationException("No entity reference to resolve.");

    /// <inheritdoc/>
    public override void Close()
    {
        _state = ReadState.Closed;
        ReturnDecoded();
    }

    private bool MoveTo(int i)
    {
        if (i < 0)
        {
            return false;
        }
        _attrIndex = i;
        return true;
    }

    /// <summary>The attribute matching a qualified name, as <c>XmlReader.GetAttribute(string)</c> does.</summary>
    private int IndexOf(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? string.Empty : name[..colon];
        var local = colon < 0 ? name : name[(colon + 1)..];
        for (var i = 0; i < AttributeCount; i++)
        {
            if (_attrs[i].LocalName == local && _attrs[i].Prefix == prefix)
            {
                return i;
            }
        }
        return -1;
    }

    private int IndexOf(string localName, string ns)
    {
        for (var i = 0; i < AttributeCount; i++)
        {
            if (_attrs[i].LocalName == localName && _attrs[i].Ns == ns)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Whether the current node's value equals <paramref name="text"/>, compared without building the value.</summary>
    internal bool ValueEquals(string text) =>
        _attrIndex < 0 && (_value is not null ? _value == text
            : _valuePlain ? _buf.AsSpan(_valueStart, _valueEnd - _valueStart).SequenceEqual(text)
            : ValueIsDecoded && _nodeType == XmlNodeType.Text ? DecodedSpan.SequenceEqual(text)
            : Value == text);

    /// <summary>
    /// The current node's or attribute's value, as a slice of the document when it needs no decoding, or for a text node
    /// of the decoded buffer, which the next <see cref="Read"/> reuses. Whitespace, which callers keep across reads (the
    /// layout between CDATA sections), never comes from the decoded buffer.
    /// </summary>
    internal ReadOnlySpan<char> ValueSpan()
    {
        if (_attrIndex >= 0)
        {
            ref var a = ref _attrs[_attrIndex];
            return a.Value is null && a.Plain ? _buf.AsSpan(a.Start, a.End - a.Start) : AttributeValue(_attrIndex);
        }
        return _value is not null ? _value
            : _valuePlain ? _buf.AsSpan(_valueStart, _valueEnd - _valueStart)
            : ValueIsDecoded && _nodeType == XmlNodeType.Text ? DecodedSpan
            : Value;
    }

    private string AttributeValue(int i)
    {
        ref var a = ref _attrs[i];
        return a.Value ??= a.Plain ? new string(_buf, a.Start, a.End - a.Start) : FastXmlText.Decode(_buf.AsSpan(a.Start, a.End - a.Start), FastValueKind.Attribute);
    }

    private string NodeValue() =>
        _valueEnd == _valueStart ? string.Empty
        : _valuePlain ? new string(_buf, _valueStart, _valueEnd - _valueStart)
        : ValueIsDecoded ? new string(DecodedSpan)
        : FastXmlText.Decode(_buf.AsSpan(_valueStart, _valueEnd - _valueStart), _valueKind);

    /// <summary>One attribute of the current element: atomized names and the raw value's range.</summary>
    private struct Attr
    {
        public string Prefix;
        public string LocalName;
        public string Ns;
        public int Start;
        public int End;
        public bool Plain;
        public string? Value;
    }
}
