using System.Text.RegularExpressions;

namespace Coinwire.Articles;

/// <summary>The article <c>description</c>: the Overview paragraph, cut to fit.</summary>
public static partial class Description
{
    /// <summary>The most characters of Overview text kept before the ellipsis.</summary>
    public const int MaxTextLength = 175;

    /// <summary>The longest description, ellipsis included.</summary>
    public const int MaxLength = MaxTextLength + 1;

    /// <summary>The ellipsis appended to a cut description (U+2026).</summary>
    public const string Ellipsis = "\u2026";

    /// <summary>
    /// The Overview with whitespace collapsed; when longer than <see cref="MaxTextLength"/> characters, cut at the
    /// last word boundary that keeps at most that many (hard-cut when a single word is longer), trailing spaces
    /// dropped, then <c>…</c> appended. The reference article keeps 173 characters ("…in less than a week. This")
    /// because the next word would end at 179.
    /// </summary>
    public static string FromOverview(string overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var text = Spaces().Replace(overview, " ").Trim();
        if (text.Length <= MaxTextLength)
        {
            return text;
        }
        int cut;
        if (text[MaxTextLength] == ' ')
        {
            cut = MaxTextLength;
        }
        else
        {
            cut = text.LastIndexOf(' ', MaxTextLength - 1);
            if (cut <= 0)
            {
                cut = char.IsLowSurrogate(text[MaxTextLength]) ? MaxTextLength - 1 : MaxTextLength;
            }
        }
        return text[..cut].TrimEnd() + Ellipsis;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
