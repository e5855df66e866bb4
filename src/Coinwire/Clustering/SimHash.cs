using System.Numerics;

namespace Coinwire.Clustering;

/// <summary>
/// 64-bit SimHash (Charikar): every feature's FNV-1a 64 hash votes +1/−1 on each bit; the sign of each bit's total
/// is the fingerprint. Similar texts differ in few bits. Stable across processes, so it can be stored
/// (<c>ItemRecord.SimHash</c>, <c>StoryRecord.SimHash</c>).
/// </summary>
public static class SimHash
{
    /// <summary>The SimHash of the normalized word tokens of <paramref name="text"/> (see <see cref="TextNormalizer"/>); 0 for text without tokens.</summary>
    public static ulong SimHash64(string? text) => Of(TextNormalizer.Tokens(text));

    /// <summary>The SimHash of a token sequence, each distinct token counted once with weight 1.</summary>
    public static ulong Of(IEnumerable<string> tokens)
    {
        Span<int> votes = stackalloc int[64];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (!seen.Add(token))
            {
                continue;
            }
            var hash = StableHash.Fnv1a64(token);
            for (var bit = 0; bit < 64; bit++)
            {
                votes[bit] += ((hash >> bit) & 1UL) != 0 ? 1 : -1;
            }
        }
        if (seen.Count == 0)
        {
            return 0;
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }
        return result;
    }

    /// <summary>Number of differing bits between two fingerprints (0–64).</summary>
    public static int HammingDistance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>The fingerprint as the signed value the store keeps (bit-for-bit the same).</summary>
    public static long ToStored(ulong simHash) => unchecked((long)simHash);
}
