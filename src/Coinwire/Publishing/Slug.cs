using System.Globalization;
using System.Text;

namespace Coinwire.Publishing;

/// <summary>URL slugs for articles: lower-case ASCII words joined by <c>-</c>, diacritics folded.</summary>
public static class Slug
{
    /// <summary>Longest slug before a uniqueness suffix.</summary>
    public const int MaxLength = 80;

    /// <summary>The slug used when a title has no ASCII letters or digits at all.</summary>
    public const string Fallback = "article";

    /// <summary>The slug of <paramref name="title"/>: <c>"Señor Bitcoin: $100K!"</c> → <c>senor-bitcoin-100k</c>.</summary>
    public static string From(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return Fallback;
        }
        var decomposed = title.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(Math.Min(decomposed.Length, MaxLength + 1));
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var folded = Fold(c);
            if (folded is null)
            {
                pendingDash = sb.Length > 0;
                continue;
            }
            if (folded.Length == 0)
            {
                continue;
            }
            if (pendingDash)
            {
                sb.Append('-');
                pendingDash = false;
            }
            sb.Append(folded);
        }
        var slug = sb.ToString();
        if (slug.Length > MaxLength)
        {
            // Cut at the last word boundary that fits; a single huge word is cut hard.
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = cut > MaxLength / 2 ? slug[..cut] : slug[..MaxLength].TrimEnd('-');
        }
        return slug.Length == 0 ? Fallback : slug;
    }

    /// <summary><paramref name="slug"/> itself when free, else <c>slug-2</c>, <c>slug-3</c>, … until <paramref name="taken"/> says no.</summary>
    public static string Unique(string slug, Func<string, bool> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        if (!taken(slug))
        {
            return slug;
        }
        for (var n = 2; ; n++)
        {
            var candidate = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (!taken(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>True when <paramref name="value"/> has the shape of a slug (safe in a URL path and a file name).</summary>
    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 200 && value[0] != '-' &&
        value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static string? Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c).ToString(),
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ø' or 'Ø' => "o",
        'đ' or 'Đ' or 'ð' or 'Ð' => "d",
        'ł' or 'Ł' => "l",
        'þ' or 'Þ' => "th",
        'ı' => "i",
        '\'' or '\u2019' => "",
        _ => null,
    };
}
