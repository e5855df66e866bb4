using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Coinwire.Clustering;

/// <summary>
/// Turns a title or lead into comparison tokens: diacritics and case folded, outlet boilerplate
/// ("Breaking:", "| CoinDesk", "(Report)") removed, punctuation dropped, stop words removed, tickers and
/// coin names unified ("$BTC", "Bitcoin" → "btc"), amounts kept and unified ("$1.8 billion", "1.8B" → "1.8b"),
/// and words lightly stemmed.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>Comparison tokens of <paramref name="text"/>, in order (duplicates kept).</summary>
    public static IReadOnlyList<string> Tokens(string? text) => Tokens(text, stripBoilerplate: true);

    /// <summary>Tokens of body text (a lead): no title boilerplate to strip.</summary>
    internal static IReadOnlyList<string> Tokens(string? text, bool stripBoilerplate)
    {
        var tokens = new List<string>();
        AddTokens(text, stripBoilerplate, tokens);
        return tokens;
    }

    /// <summary>The tokens of <paramref name="text"/> joined by single spaces: the text a content hash is taken of.</summary>
    public static string Normalize(string? text)
    {
        // Full texts run to thousands of tokens: one list per thread saves regrowing a new one for each text.
        var tokens = scratch ??= [];
        try
        {
            AddTokens(text, stripBoilerplate: true, tokens);
            return string.Join(' ', tokens);
        }
        finally
        {
            tokens.Clear();
        }
    }

    [ThreadStatic]
    private static List<string>? scratch;

    private static void AddTokens(string? text, bool stripBoilerplate, List<string> tokens)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }
        var folded = Fold(stripBoilerplate ? StripBoilerplate(text) : text);
        string? previousNumber = null;
        foreach (var (raw, isNumber) in Scan(folded))
        {
            if (isNumber)
            {
                var (value, suffix) = SplitNumber(raw);
                if (NormalizerLexicon.Units.TryGetValue(suffix, out var unit))
                {
                    tokens.Add(value + unit);
                    previousNumber = null;
                }
                else
                {
                    tokens.Add(value);
                    previousNumber = NormalizerLexicon.IgnoredNumberSuffixes.Contains(suffix) ? value : null;
                }
                continue;
            }
            if (previousNumber is not null && NormalizerLexicon.Units.TryGetValue(raw, out var spelledUnit))
            {
                tokens[^1] = previousNumber + spelledUnit;
                previousNumber = null;
                continue;
            }
            previousNumber = null;
            if (NormalizerLexicon.StopWords.Contains(raw))
            {
                continue;
            }
            if (NormalizerLexicon.Aliases.TryGetValue(raw, out var alias))
            {
                tokens.Add(alias);
                continue;
            }
            var stem = LightStemmer.Stem(raw);
            tokens.Add(NormalizerLexicon.Synonyms.TryGetValue(stem, out var synonym) ? synonym : stem);
        }
    }

    /// <summary>
    /// Whether a title announces a digest of several stories ("… + More News", "Nifty News: …", "Here's what
    /// happened in crypto today") or an outlet's recurring market column ("ETH Price Analysis: …", "… Price
    /// Prediction …"); such items are never joined to a story as near-duplicates, since their shared template
    /// words make unrelated columns look alike.
    /// </summary>
    public static bool IsRoundup(string? title) => title is not null && RoundupPattern().IsMatch(title);

    private static IEnumerable<(string Raw, bool IsNumber)> Scan(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i])
                    || ((text[i] == '.' || text[i] == ',') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
                yield return (text[start..i], true);
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var end = -1;
                // Built only for a word with an apostrophe inside; any other word is a slice of the text.
                StringBuilder? word = null;
                while (i < text.Length)
                {
                    var ch = text[i];
                    if (char.IsLetterOrDigit(ch))
                    {
                        word?.Append(ch);
                        i++;
                    }
                    else if (IsApostrophe(ch) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        // "Binance's" → "binance", "don't" → "dont".
                        if (text[i + 1] == 's' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
                        {
                            end = i;
                            i += 2;
                            break;
                        }
                        word ??= new StringBuilder().Append(text, start, i - start);
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }
                yield return (word?.ToString() ?? text[start..(end < 0 ? i : end)], false);
                continue;
            }
            i++;
        }
    }

    private static (string Value, string Suffix) SplitNumber(string raw)
    {
        var end = raw.Length;
        while (end > 0 && char.IsLetter(raw[end - 1]))
        {
            end--;
        }
        var number = raw[..end];
        var suffix = raw[end..];
        if (ThousandsPattern().IsMatch(number))
        {
            number = number.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        number = number.Replace(',', '.');
        if (number.Contains('.', StringComparison.Ordinal))
        {
            number = number.TrimEnd('0').TrimEnd('.');
        }
        return (number.Length == 0 ? "0" : number, suffix);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018';

    [GeneratedRegex(@"^(breaking( news)?|just in|report|exclusive|watch|update|opinion|price analysis|analysis)\s*[:\-\u2013\u2014|]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"\s*(\((report|reports)\)|[:\-\u2013\u2014]\s*(report|reports|source|sources))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuffixPattern();

    [GeneratedRegex(@"\s+[|\-\u2013\u2014]\s+(coindesk|cointelegraph|zycrypto( analysis)?|decrypt|the block|bitcoin\.com( news)?|cryptopotato|cryptonews|newsbtc|coingape|u\.today|bitcoinist|crypto briefing|coincu|dailycoin)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutletSuffixPattern();

    [GeneratedRegex(@"(\+\s*more news\s*$|^nifty news:|^today in crypto:|^here.s what happened in crypto today|^distributed digest|^crypto market highlights|^first mover (asia|americas)|^crypto markets today|^crypto weekly roundup|^the market report|^finance redefined|^law decoded|^weekly roundup|price analysis|price prediction|technical analysis)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoundupPattern();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+$")]
    private static partial Regex ThousandsPattern();
}
