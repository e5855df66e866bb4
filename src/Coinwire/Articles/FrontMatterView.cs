using System.Globalization;

namespace Coinwire.Articles;

/// <summary>
/// Typed access to one mapping of a front-matter document. Reads and writes go straight to the mapping, so keys it
/// does not know stay where they are; a new known key goes right after the closest earlier contract key present; setting
/// <see langword="null"/> removes the key. A nested view whose mapping is missing creates it on its first write.
/// </summary>
public abstract class FrontMatterView
{
    private readonly Func<FrontMatterMapping?> _read;
    private readonly Func<FrontMatterMapping> _ensure;

    private protected FrontMatterView(Func<FrontMatterMapping?> read, Func<FrontMatterMapping> ensure)
    {
        _read = read;
        _ensure = ensure;
    }

    /// <summary>The keys this view knows, in the contract's order.</summary>
    public abstract IReadOnlyList<string> KnownKeys { get; }

    /// <summary>The underlying mapping, or <see langword="null"/> when the document has none yet.</summary>
    public FrontMatterMapping? Mapping => _read();

    /// <summary>Entries of the mapping this view does not know, in document order.</summary>
    public IEnumerable<KeyValuePair<string, FrontMatterNode>> Extras =>
        Mapping?.Where(e => !KnownKeys.Contains(e.Key)) ?? [];

    private protected FrontMatterNode? Get(string key) => Mapping?[key];

    private protected void Set(string key, FrontMatterNode? value)
    {
        if (value is null)
        {
            Mapping?.Remove(key);
            return;
        }
        var map = _ensure();
        if (map.ContainsKey(key))
        {
            map[key] = value;
            return;
        }
        map.Insert(InsertionIndex(map, key), key, value);
    }

    // Right after the closest earlier contract key present, else before the first later one, else at the end.
    private int InsertionIndex(FrontMatterMapping map, string key)
    {
        var rank = IndexOfKnown(key);
        if (rank < 0)
        {
            return map.Count;
        }
        int afterEarlier = -1, beforeLater = -1;
        for (var i = 0; i < map.Count; i++)
        {
            var other = IndexOfKnown(map.Keys[i]);
            if (other >= 0 && other < rank)
            {
                afterEarlier = i + 1;
            }
            else if (other > rank && beforeLater < 0)
            {
                beforeLater = i;
            }
        }
        return afterEarlier >= 0 ? afterEarlier : beforeLater >= 0 ? beforeLater : map.Count;
    }

    private int IndexOfKnown(string key)
    {
        for (var i = 0; i < KnownKeys.Count; i++)
        {
            if (KnownKeys[i] == key)
            {
                return i;
            }
        }
        return -1;
    }

    private protected string? GetString(string key) =>
        Get(key) is FrontMatterScalar { Kind: not ScalarKind.Null } s ? s.StringValue ?? s.ToString() : null;

    private protected void SetString(string key, string? value) =>
        Set(key, value is null ? null : FrontMatterScalar.FromString(value));

    private protected int? GetInt(string key) =>
        Get(key) is FrontMatterScalar { IsIntegral: true } s && s.NumberValue is >= int.MinValue and <= int.MaxValue
            ? (int)s.NumberValue.Value
            : null;

    private protected void SetInt(string key, int? value) => Set(key, value is null ? null : FrontMatterScalar.FromInt(value.Value));

    private protected bool? GetBool(string key) => (Get(key) as FrontMatterScalar)?.BoolValue;

    private protected void SetBool(string key, bool? value) => Set(key, value is null ? null : FrontMatterScalar.FromBool(value.Value));

    private protected DateTime? GetTimestamp(string key) => Get(key) switch
    {
        FrontMatterScalar { Kind: ScalarKind.Timestamp } s => s.TimestampValue,
        FrontMatterScalar { Kind: ScalarKind.String } s when DateTime.TryParse(s.StringValue, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
        _ => null,
    };

    /// <remarks>Written as a quoted string in the contract's <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> form.</remarks>
    private protected void SetTimestamp(string key, DateTime? value) =>
        SetString(key, value is null ? null : FrontMatterScalar.FormatIso(value.Value.Kind == DateTimeKind.Unspecified
            ? DateTime.SpecifyKind(value.Value, DateTimeKind.Utc)
            : value.Value));

    private protected (Func<FrontMatterMapping?> Read, Func<FrontMatterMapping> Ensure) Child(string key) =>
        (() => Get(key) as FrontMatterMapping,
         () =>
         {
             if (Get(key) is FrontMatterMapping existing)
             {
                 return existing;
             }
             var created = new FrontMatterMapping();
             Set(key, created);
             return created;
         });
}
