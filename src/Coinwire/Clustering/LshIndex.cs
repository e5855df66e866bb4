namespace Coinwire.Clustering;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures by banding: the signature is cut into
/// <see cref="Bands"/> bands of <see cref="RowsPerBand"/> values, and two entries are candidates when any band
/// is equal. With b bands of r rows, a pair of Jaccard similarity J becomes a candidate with probability
/// 1 − (1 − J^r)^b; the default 64 × 2 gives 0.98 at J = 0.24 (the match threshold) and 0.15 at J = 0.05.
/// Not thread-safe; <see cref="StoryIndex"/> serializes access.
/// </summary>
public sealed class LshIndex
{
    private readonly Dictionary<ulong, List<int>> _buckets = [];

    /// <summary>Creates an index for signatures of <paramref name="bands"/> × <paramref name="rowsPerBand"/> values.</summary>
    public LshIndex(int bands = 64, int rowsPerBand = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerBand, 1);
        Bands = bands;
        RowsPerBand = rowsPerBand;
    }

    /// <summary>Number of bands.</summary>
    public int Bands { get; }

    /// <summary>Signature values per band.</summary>
    public int RowsPerBand { get; }

    /// <summary>Number of non-empty buckets (for diagnostics).</summary>
    public int BucketCount => _buckets.Count;

    /// <summary>Adds <paramref name="id"/> under each band of <paramref name="signature"/>.</summary>
    public void Add(int id, ReadOnlySpan<uint> signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            var key = BandKey(signature, band);
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                bucket = new List<int>(2);
                _buckets[key] = bucket;
            }
            bucket.Add(id);
        }
    }

    /// <summary>Removes <paramref name="id"/>, which must have been added with the same <paramref name="signature"/>.</summary>
    public void Remove(int id, ReadOnlySpan<uint> signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            var key = BandKey(signature, band);
            if (_buckets.TryGetValue(key, out var bucket) && bucket.Remove(id) && bucket.Count == 0)
            {
                _buckets.Remove(key);
            }
        }
    }

    /// <summary>Adds to <paramref name="candidates"/> every id sharing at least one band with <paramref name="signature"/>.</summary>
    public void Query(ReadOnlySpan<uint> signature, ISet<int> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        for (var band = 0; band < Bands; band++)
        {
            if (_buckets.TryGetValue(BandKey(signature, band), out var bucket))
            {
                foreach (var id in bucket)
                {
                    candidates.Add(id);
                }
            }
        }
    }

    private ulong BandKey(ReadOnlySpan<uint> signature, int band)
    {
        if (signature.Length < Bands * RowsPerBand)
        {
            throw new ArgumentException($"Signature has {signature.Length} values; {Bands * RowsPerBand} needed.", nameof(signature));
        }
        var key = StableHash.FnvOffsetBasis ^ (ulong)band;
        foreach (var value in signature.Slice(band * RowsPerBand, RowsPerBand))
        {
            key = StableHash.Mix64(key ^ value);
        }
        return key;
    }
}
