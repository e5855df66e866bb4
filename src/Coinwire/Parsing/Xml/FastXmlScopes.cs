using System.Xml;

namespace Coinwire.Parsing.Xml;

/// <summary>
/// The namespace bindings, <c>xml:lang</c> and <c>xml:space</c> in scope for <see cref="FastXmlReader"/>. A frame is
/// pushed only for elements that declare something, so plain elements cost nothing. Owned by one reader: the
/// pre-declared prefixes are copied in, never shared.
/// </summary>
internal sealed class FastXmlScopes
{
    private (string Prefix, string Uri)[] _bindings;
    private int _bindingCount;
    private Frame[] _frames = new Frame[8];
    private int _frameCount;

    // The default namespace is looked up for every unprefixed element; RSS declares none, and finding that out in the
    // list meant passing every binding (the pre-declared ones and the root's) each time.
    private string? _default;

    /// <summary>Starts with the pre-declared bindings (atomized prefixes and URIs) and no default namespace.</summary>
    public FastXmlScopes(IReadOnlyList<(string Prefix, string Uri)> predeclared)
    {
        _bindings = new (string, string)[predeclared.Count + 8];
        foreach (var binding in predeclared)
        {
            Bind(binding.Prefix, binding.Uri);
        }
    }

    /// <summary>The <c>xml:lang</c> in scope.</summary>
    public string Lang { get; private set; } = string.Empty;

    /// <summary>The <c>xml:space</c> in scope.</summary>
    public XmlSpace Space { get; private set; }

    /// <summary>Opens a frame for the element at <paramref name="depth"/>, unless it already has one.</summary>
    public void Enter(int depth)
    {
        if (_frameCount > 0 && _frames[_frameCount - 1].Depth == depth)
        {
            return;
        }
        if (_frameCount == _frames.Length)
        {
            Array.Resize(ref _frames, _frameCount * 2);
        }
        _frames[_frameCount++] = new Frame(depth, _bindingCount, _default, Lang, Space);
    }

    /// <summary>Binds an atomized prefix (empty for the default namespace) in the current frame.</summary>
    public void Bind(string prefix, string uri)
    {
        if (prefix.Length == 0)
        {
            _default = uri;
            return;
        }
        if (_bindingCount == _bindings.Length)
        {
            Array.Resize(ref _bindings, _bindingCount * 2);
        }
        _bindings[_bindingCount++] = (prefix, uri);
    }

    /// <summary>Sets <c>xml:lang</c> for the current frame.</summary>
    public void SetLang(string lang) => Lang = lang;

    /// <summary>Sets <c>xml:space</c> for the current frame.</summary>
    public void SetSpace(XmlSpace space) => Space = space;

    /// <summary>Closes the frame of the element at <paramref name="depth"/>, if it opened one.</summary>
    public void Leave(int depth)
    {
        if (_frameCount > 0 && _frames[_frameCount - 1].Depth == depth)
        {
            var frame = _frames[--_frameCount];
            _bindingCount = frame.BindingCount;
            _default = frame.Default;
            Lang = frame.Lang;
            Space = frame.Space;
        }
    }

    /// <summary>The URI bound to an atomized prefix, or null when it is undeclared (the empty prefix defaults to no namespace).</summary>
    public string? Lookup(string prefix)
    {
        if (prefix.Length == 0)
        {
            return _default;
        }
        for (var i = _bindingCount - 1; i >= 0; i--)
        {
            if ((object)_bindings[i].Prefix == prefix)
            {
                return _bindings[i].Uri;
            }
        }
        return null;
    }

    private readonly record struct Frame(int Depth, int BindingCount, string? Default, string Lang, XmlSpace Space);
}
