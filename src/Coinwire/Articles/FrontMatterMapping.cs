using System.Collections;

namespace Coinwire.Articles;

/// <summary>
/// A YAML mapping (a JavaScript object): string keys, unique, in insertion order. Setting an existing key keeps
/// its position, as assigning a property of a JavaScript object does.
/// </summary>
public sealed class FrontMatterMapping : FrontMatterNode, IEnumerable<KeyValuePair<string, FrontMatterNode>>
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, FrontMatterNode> _values = new(StringComparer.Ordinal);

    /// <summary>Creates an empty mapping.</summary>
    public FrontMatterMapping()
    {
    }

    /// <summary>Creates a mapping from <paramref name="entries"/>; a repeated key keeps its first position and last value.</summary>
    public FrontMatterMapping(IEnumerable<KeyValuePair<string, FrontMatterNode>> entries)
    {
        foreach (var (key, value) in entries)
        {
            this[key] = value;
        }
    }

    /// <summary>The number of entries.</summary>
    public int Count => _order.Count;

    /// <summary>The keys in order.</summary>
    public IReadOnlyList<string> Keys => _order;

    /// <summary>The value of <paramref name="key"/> (null when absent); setting adds the key at the end or replaces in place.</summary>
    public FrontMatterNode? this[string key]
    {
        get => _values.GetValueOrDefault(key);
        set
        {
            if (value is null)
            {
                Remove(key);
                return;
            }
            if (!_values.ContainsKey(key))
            {
                _order.Add(key);
            }
            _values[key] = value;
        }
    }

    /// <summary>True when <paramref name="key"/> is present.</summary>
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <summary>Gets the value of <paramref name="key"/> when present.</summary>
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FrontMatterNode? value) =>
        _values.TryGetValue(key, out value);

    /// <summary>The position of <paramref name="key"/>, or -1.</summary>
    public int IndexOf(string key) => _values.ContainsKey(key) ? _order.IndexOf(key) : -1;

    /// <summary>Adds a new key at the end.</summary>
    /// <exception cref="ArgumentException">When the key is already present.</exception>
    public void Add(string key, FrontMatterNode value) => Insert(_order.Count, key, value);

    /// <summary>Adds a new key at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentException">When the key is already present.</exception>
    public void Insert(int index, string key, FrontMatterNode value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (!_values.TryAdd(key, value))
        {
            throw new ArgumentException($"Key '{key}' is already present.", nameof(key));
        }
        _order.Insert(index, key);
    }

    /// <summary>Removes <paramref name="key"/>; false when it was absent.</summary>
    public bool Remove(string key)
    {
        if (!_values.Remove(key))
        {
            return false;
        }
        _order.Remove(key);
        return true;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, FrontMatterNode>> GetEnumerator()
    {
        foreach (var key in _order)
        {
            yield return new(key, _values[key]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override FrontMatterNode DeepClone() =>
        new FrontMatterMapping(this.Select(e => KeyValuePair.Create(e.Key, e.Value.DeepClone())));
}
