using System.Text.RegularExpressions;

namespace Coinwire.Clustering;

/// <summary>
/// Everything the clustering stage compares, computed once per item from its title and lead:
/// normalized tokens, character-trigram shingles of the title and of title + lead, MinHash signatures of both
/// for LSH lookup, and a 64-bit SimHash for storage. Immutable and safe to share between threads.
/// </summary>
public sealed partial class TextFingerprint
{
    /// <summary>At most this many lead tokens are used: the lead is the opening, not the article.</summary>
    public const int MaxLeadTokens = 40;

    // 40 tokens never need more text than this; cutting first keeps long bodies from costing normalization time.
    private const int MaxLeadChars = 600;

    private TextFingerprint(
        IReadOnlyList<string> titleTokens, IReadOnlyList<string> leadTokens, bool isRoundup, MinHasher hasher)
    {
        TitleTokens = titleTokens;
        LeadTokens = leadTokens;
        IsRoundup = isRoundup;
        TitleShingles = Shingles.Of(titleTokens);
        FullShingles = leadTokens.Count == 0 ? TitleShingles : Shingles.Of(titleTokens.Concat(leadTokens));
        TitleSignature = hasher.Signature(TitleShingles);
        FullSignature = ReferenceEquals(FullShingles, TitleShingles) ? TitleSignature : hasher.Signature(FullShingles);
        SimHash = Clustering.SimHash.Of(titleTokens.Concat(leadTokens));
    }

    /// <summary>Normalized title tokens.</summary>
    public IReadOnlyList<string> TitleTokens { get; }

    /// <summary>Normalized lead tokens (at most <see cref="MaxLeadTokens"/>; empty without a lead).</summary>
    public IReadOnlyList<string> LeadTokens { get; }

    /// <summary>Whether the title announces a digest of several stories (never joined as a near-duplicate).</summary>
    public bool IsRoundup { get; }

    /// <summary>Sorted distinct shingle hashes of the title.</summary>
    public ulong[] TitleShingles { get; }

    /// <summary>Sorted distinct shingle hashes of title and lead (the same array as <see cref="TitleShingles"/> without a lead).</summary>
    public ulong[] FullShingles { get; }

    /// <summary>MinHash signature of <see cref="TitleShingles"/>.</summary>
    public uint[] TitleSignature { get; }

    /// <summary>MinHash signature of <see cref="FullShingles"/>.</summary>
    public uint[] FullSignature { get; }

    /// <summary>64-bit SimHash of title and lead tokens.</summary>
    public ulong SimHash { get; }

    /// <summary>
    /// The fingerprint of an item. <paramref name="lead"/> is the summary or the start of the body as plain text;
    /// WordPress's "The post … appeared first on …" trailer is ignored.
    /// </summary>
    public static TextFingerprint Create(string title, string? lead = null, MinHasher? hasher = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        var leadTokens = string.IsNullOrWhiteSpace(lead)
            ? []
            : TextNormalizer.Tokens(WordPressTrailer().Replace(Cut(lead), string.Empty), stripBoilerplate: false).Take(MaxLeadTokens).ToArray();
        return new TextFingerprint(TextNormalizer.Tokens(title), leadTokens, TextNormalizer.IsRoundup(title), hasher ?? MinHasher.Default);
    }

    /// <summary>
    /// Similarity used to decide near-duplicates: the exact Jaccard similarity of the title shingles, or, when
    /// higher, the mean of that and the Jaccard similarity of the title + lead shingles. The lead counts only
    /// half: two leads of ordinary business prose share many trigrams, and on a day's captures the lead alone
    /// joined unrelated items, while averaged it still lifts recall on the labeled pairs.
    /// </summary>
    public double Similarity(TextFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var title = Shingles.Jaccard(TitleShingles, other.TitleShingles);
        if (ReferenceEquals(FullShingles, TitleShingles) && ReferenceEquals(other.FullShingles, other.TitleShingles))
        {
            return title;
        }
        return Math.Max(title, (title + Shingles.Jaccard(FullShingles, other.FullShingles)) / 2);
    }

    /// <summary>A cheap estimate of <see cref="Similarity"/> from the MinHash signatures.</summary>
    public double EstimatedSimilarity(TextFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (TitleSignature.Length != other.TitleSignature.Length)
        {
            return 1;
        }
        var title = MinHasher.EstimateJaccard(TitleSignature, other.TitleSignature);
        return Math.Max(title, (title + MinHasher.EstimateJaccard(FullSignature, other.FullSignature)) / 2);
    }

    /// <summary>SHA-256 hex of the normalized title and lead tokens: the content key for items without a stored content hash.</summary>
    public string TokenHash()
    {
        var text = string.Join(' ', TitleTokens) + "\n" + string.Join(' ', LeadTokens);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    private static string Cut(string lead)
    {
        if (lead.Length <= MaxLeadChars)
        {
            return lead;
        }
        var end = lead.LastIndexOf(' ', MaxLeadChars);
        return lead[..(end > 0 ? end : MaxLeadChars)];
    }

    [GeneratedRegex(@"\s*The post .{0,300}? appeared first on .{0,100}$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex WordPressTrailer();
}
