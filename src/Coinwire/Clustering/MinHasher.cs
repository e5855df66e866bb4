namespace Coinwire.Clustering;

/// <summary>
/// MinHash signatures: for each of <see cref="Permutations"/> fixed hash functions, the smallest value over a
/// shingle set. The fraction of equal positions in two signatures estimates the sets' Jaccard similarity
/// (standard error about √(J(1−J)/n)). The functions derive from a fixed seed, so signatures are stable.
/// </summary>
public sealed class MinHasher
{
    /// <summary>The default seed ("coinwire" in ASCII).</summary>
    public const ulong DefaultSeed = 0x636f696e77697265UL;

    private readonly ulong[] _multipliers;
    private readonly ulong[] _addends;

    /// <summary>Creates a hasher with <paramref name="permutations"/> hash functions drawn from <paramref name="seed"/>.</summary>
    public MinHasher(int permutations = 128, ulong seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permutations, 1);
        Permutations = permutations;
        _multipliers = new ulong[permutations];
        _addends = new ulong[permutations];
        var state = seed;
        for (var i = 0; i < permutations; i++)
        {
            state = StableHash.Mix64(state);
            _multipliers[i] = state | 1UL;
            state = StableHash.Mix64(state);
            _addends[i] = state;
        }
    }

    /// <summary>A shared hasher with 128 permutations and the default seed.</summary>
    public static MinHasher Default { get; } = new();

    /// <summary>Number of hash functions, i.e. the signature length.</summary>
    public int Permutations { get; }

    /// <summary>The signature of a set of 64-bit shingle hashes; all positions are <see cref="uint.MaxValue"/> for an empty set.</summary>
    public uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[Permutations];
        for (var i = 0; i < signature.Length; i++)
        {
            var multiplier = _multipliers[i];
            var addend = _addends[i];
            var min = uint.MaxValue;
            foreach (var shingle in shingles)
            {
                // Multiply-add with an odd multiplier permutes 2^64; the high half is the best-mixed part.
                var value = (uint)(((multiplier * shingle) + addend) >> 32);
                min = value < min ? value : min;
            }
            signature[i] = min;
        }
        return signature;
    }

    /// <summary>Estimated Jaccard similarity: the share of positions where two equal-length signatures agree.</summary>
    public static double EstimateJaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException("Signatures must have the same length.", nameof(b));
        }
        if (a.IsEmpty)
        {
            return 0;
        }
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }
        return (double)equal / a.Length;
    }
}
