using System.Text;

namespace Coinwire.Clustering;

/// <summary>
/// Hash functions whose values never change between processes, machines or .NET versions
/// (unlike <see cref="HashCode"/>), so fingerprints can be stored and compared later.
/// </summary>
public static class StableHash
{
    /// <summary>FNV-1a 64-bit offset basis.</summary>
    public const ulong FnvOffsetBasis = 0xcbf29ce484222325UL;

    /// <summary>FNV-1a 64-bit prime.</summary>
    public const ulong FnvPrime = 0x100000001b3UL;

    /// <summary>FNV-1a 64 of the UTF-8 bytes of <paramref name="text"/> (the reference test vectors: "" → cbf29ce484222325, "a" → af63dc4c8601ec8c).</summary>
    public static ulong Fnv1a64(ReadOnlySpan<char> text)
    {
        var hash = FnvOffsetBasis;
        Span<byte> utf8 = stackalloc byte[8];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                hash = (hash ^ c) * FnvPrime;
                continue;
            }
            // Rare outside ASCII after normalization; encode just this scalar (or surrogate pair) to UTF-8.
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var written = Encoding.UTF8.GetBytes(text.Slice(i, length), utf8);
            foreach (var b in utf8[..written])
            {
                hash = (hash ^ b) * FnvPrime;
            }
            i += length - 1;
        }
        return hash;
    }

    /// <summary>FNV-1a 64 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static ulong Fnv1a64(string text) => Fnv1a64(text.AsSpan());

    /// <summary>The SplitMix64 finalizer: a fixed bijective bit mixer.</summary>
    public static ulong Mix64(ulong value)
    {
        value += 0x9e3779b97f4a7c15UL;
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9UL;
        value = (value ^ (value >> 27)) * 0x94d049bb133111ebUL;
        return value ^ (value >> 31);
    }
}
