namespace Coinwire.Clustering;

/// <summary>Character shingles of normalized tokens and exact Jaccard similarity over them.</summary>
public static class Shingles
{
    /// <summary>Characters per shingle. Trigrams tolerate the inflection and compounding differences between outlets' wording best on the labeled pairs.</summary>
    public const int Size = 3;

    /// <summary>
    /// Sorted, distinct 64-bit hashes of the character trigrams of each token padded with one space on each side
    /// (" btc " → " bt", "btc", "tc "); a padded token of at most three characters is one shingle.
    /// Shingles never span two tokens, so word order does not matter.
    /// </summary>
    public static ulong[] Of(IEnumerable<string> tokens)
    {
        var set = new HashSet<ulong>();
        Span<char> padded = stackalloc char[66];
        foreach (var token in tokens)
        {
            if (token.Length + 2 > padded.Length)
            {
                AddShingles(set, $" {token} ");
                continue;
            }
            padded[0] = ' ';
            token.AsSpan().CopyTo(padded[1..]);
            padded[token.Length + 1] = ' ';
            AddShingles(set, padded[..(token.Length + 2)]);
        }
        var result = set.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>Exact Jaccard similarity |A∩B| / |A∪B| of two sorted, distinct arrays; 0 when both are empty.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.IsEmpty && b.IsEmpty)
        {
            return 0;
        }
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return (double)common / (a.Length + b.Length - common);
    }

    private static void AddShingles(HashSet<ulong> set, ReadOnlySpan<char> padded)
    {
        if (padded.Length <= Size)
        {
            set.Add(StableHash.Fnv1a64(padded));
            return;
        }
        for (var i = 0; i + Size <= padded.Length; i++)
        {
            set.Add(StableHash.Fnv1a64(padded.Slice(i, Size)));
        }
    }
}
