using Coinwire.Clustering;

namespace Coinwire.Tests.Clustering;

/// <summary>
/// Stored fingerprints must mean the same thing in every process and on every machine. FNV-1a values are the
/// published reference vectors; the SimHash and MinHash values below were computed once by this implementation
/// and are pinned: if one of these tests fails, stored SimHash values no longer compare with new ones.
/// </summary>
public sealed class HashingTests
{
    [Theory]
    [InlineData("", 0xcbf29ce484222325UL)]
    [InlineData("a", 0xaf63dc4c8601ec8cUL)]
    [InlineData("foobar", 0x85944171f73967e8UL)]
    public void Fnv1a64_MatchesReferenceVectors(string text, ulong expected) => Assert.Equal(expected, StableHash.Fnv1a64(text));

    [Fact]
    public void Fnv1a64_HashesUtf8Bytes()
    {
        // "é" is C3 A9 in UTF-8; fold those two bytes by hand.
        var expected = unchecked(((StableHash.FnvOffsetBasis ^ 0xC3) * StableHash.FnvPrime ^ 0xA9) * StableHash.FnvPrime);
        Assert.Equal(expected, StableHash.Fnv1a64("é"));
        Assert.NotEqual(StableHash.Fnv1a64("🚀"), StableHash.Fnv1a64("?"));
    }

    [Fact]
    public void SimHash_OfOneTokenIsThatTokensHash() =>
        // Every bit votes once, so the fingerprint equals the FNV-1a hash of the single normalized token "btc".
        Assert.Equal(StableHash.Fnv1a64("btc"), SimHash.SimHash64("Bitcoin!"));

    [Fact]
    public void SimHash_IsPinned() =>
        Assert.Equal(PinnedSimHash, SimHash.SimHash64("Binance’s Bitcoin Reserves Are Collateralized 101%"));

    [Fact]
    public void SimHash_SimilarTitlesAreCloserThanUnrelatedOnes()
    {
        var a = SimHash.SimHash64("Japan recommends against algorithmic backing in stablecoins");
        var b = SimHash.SimHash64("Japan Advises Against Stablecoins Algorithmic Backing");
        var c = SimHash.SimHash64("Fir Tree fund sues Grayscale in effort to force changes to Bitcoin Trust");
        Assert.True(SimHash.HammingDistance(a, b) < SimHash.HammingDistance(a, c));
        Assert.Equal(0, SimHash.HammingDistance(a, a));
        Assert.Equal(64, SimHash.HammingDistance(0, ulong.MaxValue));
        Assert.Equal(-1L, SimHash.ToStored(ulong.MaxValue));
    }

    [Fact]
    public void MinHash_IsPinnedAndDeterministic()
    {
        var shingles = Shingles.Of(TextNormalizer.Tokens("Oman launches $350M crypto mining center"));
        var signature = MinHasher.Default.Signature(shingles);
        Assert.Equal(128, signature.Length);
        Assert.Equal(PinnedMinHashPrefix, signature[..4]);
        Assert.Equal(signature, new MinHasher().Signature(shingles));
        Assert.NotEqual(signature, new MinHasher(seed: 1).Signature(shingles));
    }

    [Fact]
    public void MinHash_EstimatesJaccard()
    {
        var a = Shingles.Of(TextNormalizer.Tokens("Blockstream raises funds for mining at 70% lower company valuation"));
        var b = Shingles.Of(TextNormalizer.Tokens("Blockstream Seeks To Raise Funds At 70% Lower Company Valuation"));
        var exact = Shingles.Jaccard(a, b);
        var estimate = MinHasher.EstimateJaccard(MinHasher.Default.Signature(a), MinHasher.Default.Signature(b));
        Assert.InRange(estimate, exact - 0.15, exact + 0.15);
        Assert.Equal(1.0, Shingles.Jaccard(a, a));
        Assert.Equal(0.0, Shingles.Jaccard([], []));
    }

    [Fact]
    public void Lsh_FindsSimilarSignaturesOnly()
    {
        var lsh = new LshIndex();
        var sign = (string t) => MinHasher.Default.Signature(Shingles.Of(TextNormalizer.Tokens(t)));
        lsh.Add(1, sign("Decentraland launches virtual property renting for LAND owners"));
        lsh.Add(2, sign("Fir Tree fund sues Grayscale in effort to force changes to Bitcoin Trust"));
        var found = new HashSet<int>();
        lsh.Query(sign("Decentraland Now Offers LAND Owners Virtual Rental Program"), found);
        Assert.Contains(1, found);
        Assert.DoesNotContain(2, found);
        lsh.Remove(1, sign("Decentraland launches virtual property renting for LAND owners"));
        found.Clear();
        lsh.Query(sign("Decentraland Now Offers LAND Owners Virtual Rental Program"), found);
        Assert.Empty(found);
    }

    private const ulong PinnedSimHash = 4927317569051522670UL;
    private static readonly uint[] PinnedMinHashPrefix = [229131698, 314583277, 2736295, 248288129];
}
