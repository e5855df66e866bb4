using System.Globalization;
using System.Text.RegularExpressions;
using Coinwire.Tagging;

namespace Coinwire.Rewriting;

/// <summary>What kind of claim the grounding guard could not find in the sources.</summary>
public enum ClaimKind
{
    /// <summary>A number, amount or percentage.</summary>
    Number,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>A coin (ticker or name).</summary>
    Coin,

    /// <summary>A person, company or other capitalized name.</summary>
    Entity,
}

/// <summary>A claim of the written text that no source supports.</summary>
/// <param name="Kind">What kind of claim.</param>
/// <param name="Text">The claim as written.</param>
/// <param name="Canonical">The normalized value compared (a decimal number, a date, a ticker), when it differs from the text.</param>
public sealed record UnsupportedClaim(ClaimKind Kind, string Text, string? Canonical = null)
{
    /// <summary>A one-line reason for editors, e.g. <c>number "$5 billion" (5000000000) is not in the sources</c>.</summary>
    public override string ToString()
    {
        var what = Kind switch
        {
            ClaimKind.Number => "number",
            ClaimKind.Date => "date",
            ClaimKind.Coin => "coin",
            _ => "name",
        };
        var canonical = Canonical is null || Canonical == Text ? "" : $" ({Canonical})";
        return $"{what} \"{Text}\"{canonical} is not in the sources";
    }
}

/// <summary>
/// Checks that every number, percentage, amount, date, coin and capitalized name of a written text is supported by
/// the source texts of its story. Magnitudes are normalized (<c>$1.2bn</c> = <c>1.2 billion</c> = <c>1,200 million</c>),
/// a rounded number is supported by a more precise one, and currency is not compared (<c>$3</c> = <c>3 dollars</c>).
/// Thread-safe.
/// </summary>
public sealed partial class GroundingGuard
{
    private readonly CoinTagger _tagger;

    /// <summary>A guard that recognizes coins with <paramref name="tagger"/> (default: <see cref="CoinTagger.Default"/>).</summary>
    public GroundingGuard(CoinTagger? tagger = null)
    {
        _tagger = tagger ?? CoinTagger.Default;
    }

    /// <summary>The shared guard over the default tagger.</summary>
    public static GroundingGuard Default { get; } = new();

    /// <summary>
    /// The claims of <paramref name="outputText"/> that <paramref name="sourceTexts"/> do not support, each once, in order.
    /// <paramref name="knownCoins"/> (tickers or names) count as supported coins, as the tagger's view of the story.
    /// </summary>
    public IReadOnlyList<UnsupportedClaim> Check(string outputText, IEnumerable<string> sourceTexts, IEnumerable<string>? knownCoins = null)
    {
        ArgumentNullException.ThrowIfNull(outputText);
        var sources = sourceTexts.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        var corpus = string.Join("\n", sources);
        var claims = new List<UnsupportedClaim>();

        var sourceDates = DateMentions.Find(corpus);
        var outputDates = DateMentions.Find(outputText);
        foreach (var date in outputDates.Where(d => !sourceDates.Any(d.SupportedBy)))
        {
            claims.Add(new(ClaimKind.Date, date.Text, Iso(date)));
        }

        var sourceQuantities = Quantities.Find(corpus);
        foreach (var q in Quantities.Find(MaskDates(outputText, outputDates)))
        {
            if (!sourceQuantities.Any(q.SupportedBy))
            {
                var unit = q.Kind == QuantityKind.Percent ? "%" : q.Kind == QuantityKind.BasisPoints ? " bp" : "";
                claims.Add(new(ClaimKind.Number, q.Text, q.Value.ToString(CultureInfo.InvariantCulture) + unit));
            }
        }

        var coinWords = CoinsSupported(sources, knownCoins, out var outputCoinWords, outputText, claims);
        var words = WordSet(corpus);
        foreach (var entity in NamedEntities.Find(outputText))
        {
            var parts = entity.Split(' ').Where(w => !NamedEntities.IsGeneric(w) && !coinWords.Contains(w) && !outputCoinWords.Contains(w)).ToList();
            if (parts.Count > 0 && !corpus.Contains(entity, StringComparison.OrdinalIgnoreCase) && !parts.All(p => words.Contains(p)))
            {
                claims.Add(new(ClaimKind.Entity, entity));
            }
        }
        return claims.DistinctBy(c => (c.Kind, c.Text)).ToList();
    }

    /// <summary>
    /// Adds a claim for each coin of the output that neither the sources nor <paramref name="knownCoins"/> name; returns
    /// the names and tickers of the supported coins, and in <paramref name="outputCoinWords"/> those of every output coin.
    /// </summary>
    private HashSet<string> CoinsSupported(List<string> sources, IEnumerable<string>? knownCoins, out HashSet<string> outputCoinWords,
        string outputText, List<UnsupportedClaim> claims)
    {
        var supported = new HashSet<string>(knownCoins ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            foreach (var coin in _tagger.Tag(source).Coins)
            {
                supported.Add(coin.Ticker);
                supported.Add(coin.Name);
            }
        }
        outputCoinWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var coin in _tagger.Tag(outputText).Coins)
        {
            outputCoinWords.Add(coin.Ticker);
            outputCoinWords.UnionWith(coin.Name.Split(' '));
            if (!supported.Contains(coin.Ticker) && !supported.Contains(coin.Name)
                && !sources.Any(s => ContainsWord(s, coin.Ticker) || ContainsWord(s, coin.Name)))
            {
                claims.Add(new(ClaimKind.Coin, $"{coin.Name} ({coin.Ticker})", coin.Ticker));
            }
        }
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in supported)
        {
            words.UnionWith(s.Split(' '));
        }
        return words;
    }

    private static bool ContainsWord(string text, string word) =>
        Regex.IsMatch(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(word) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static HashSet<string> WordSet(string corpus) =>
        new(SourceWord().Matches(corpus).Select(m => Possessive().Replace(m.Value, "")), StringComparer.OrdinalIgnoreCase);

    private static string MaskDates(string text, IReadOnlyList<DateMention> dates)
    {
        var chars = text.ToCharArray();
        foreach (var d in dates)
        {
            Array.Fill(chars, '_', d.Index, d.Length);
        }
        return new string(chars);
    }

    private static string Iso(DateMention d) =>
        d.Year is { } y ? $"{y:D4}-{d.Month:D2}-{d.Day:D2}" : $"--{d.Month:D2}-{d.Day:D2}";

    [GeneratedRegex(@"[\p{L}&][\p{L}\p{N}&'’.-]*(?<![.-])")]
    private static partial Regex SourceWord();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();
}
