using System.Globalization;
using System.Text.RegularExpressions;

namespace Coinwire.Rewriting;

/// <summary>What a number measures, as far as comparing it goes; currency is not part of it ("$3" and "3 dollars" match).</summary>
public enum QuantityKind
{
    /// <summary>A count or an amount (currency signs and words ignored).</summary>
    Plain,

    /// <summary>A percentage or percentage points.</summary>
    Percent,

    /// <summary>Basis points.</summary>
    BasisPoints,
}

/// <summary>A number found in text, with its magnitude applied: <c>$1.2bn</c> → 1,200,000,000.</summary>
/// <param name="Text">The text as written.</param>
/// <param name="Index">Where it starts in the text.</param>
/// <param name="Value">The canonical value.</param>
/// <param name="Tolerance">Half a unit of the last written digit, scaled: what rounding the writer may have done.</param>
/// <param name="Kind">What it measures.</param>
public sealed record Quantity(string Text, int Index, decimal Value, decimal Tolerance, QuantityKind Kind)
{
    /// <summary>Whether <paramref name="source"/> supports this quantity (same kind, equal within this one's rounding).</summary>
    public bool SupportedBy(Quantity source) =>
        source.Kind == Kind && Math.Abs(source.Value - Value) <= Tolerance;
}

/// <summary>Finds numbers, amounts and percentages in text and normalizes their magnitude.</summary>
public static partial class Quantities
{
    /// <summary>Every quantity in <paramref name="text"/>, skipping numbers glued into names (<c>ERC-20</c>, <c>Web3</c>, <c>S&amp;P 500</c>).</summary>
    public static IReadOnlyList<Quantity> Find(string text)
    {
        var result = new List<Quantity>();
        var masked = IndexNames().Replace(text, m => new string('_', m.Length));
        foreach (Match m in Number().Matches(masked))
        {
            var digits = m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal);
            if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }
            var dot = digits.IndexOf('.', StringComparison.Ordinal);
            var decimals = dot < 0 ? 0 : digits.Length - dot - 1;
            var scale = Magnitude(m.Groups["mag"].Value);
            var unit = m.Groups["pct"].Value.ToLowerInvariant();
            var kind = unit.Length == 0 ? QuantityKind.Plain
                : unit.StartsWith("b", StringComparison.Ordinal) ? QuantityKind.BasisPoints : QuantityKind.Percent;
            // Beyond a trillion trillions no news figure is meant literally; decimal would overflow.
            if (value > 1e15m)
            {
                continue;
            }
            var tolerance = 0.5m * Pow10(-decimals) * scale;
            result.Add(new Quantity(text.Substring(m.Index, m.Length).Trim(), m.Index, value * scale, tolerance, kind));
        }
        return result;
    }

    private static decimal Magnitude(string word) => word.ToLowerInvariant() switch
    {
        "" => 1m,
        "k" or "thousand" => 1_000m,
        "m" or "mn" or "mln" or "million" or "millions" => 1_000_000m,
        "b" or "bn" or "billion" or "billions" => 1_000_000_000m,
        "t" or "tn" or "trillion" or "trillions" => 1_000_000_000_000m,
        _ => 1m,
    };

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < -exponent; i++)
        {
            result /= 10m;
        }
        return result;
    }

    // Single-letter magnitudes count only when glued to the number ("$5m", "1.2B"); words may follow a space.
    [GeneratedRegex(@"(?<![\w.,&]|[A-Za-z]-)(?:US\$|\$|€|£|¥)?\s?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(?<mag>k|m|b|t|mn|bn|tn|mln)\b|\s?(?<mag>thousand|millions?|billions?|trillions?)\b)?(?:\s?(?<pct>%|percent\b|per cent\b|pct\b|percentage points?\b|basis points?\b|bps\b))?(?![\w])", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:S&P|Nasdaq|FTSE|Russell|Nikkei|Stoxx|CAC|DAX|Dow|Fortune|Forbes|Global|Top)\s?\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex IndexNames();
}
