namespace Coinwire.Tagging;

/// <summary>Word-boundary and neighbour-word helpers over raw text.</summary>
internal static class TextSpans
{
    /// <summary>True when a word may start at <paramref name="start"/> (or the match does not begin with a word character).</summary>
    public static bool IsWordStart(string text, int start)
    {
        if (start == 0 || !char.IsLetterOrDigit(text[start]))
        {
            return true;
        }
        var before = text[start - 1];
        if (char.IsLetterOrDigit(before) || before == '@')
        {
            return false;
        }
        // "Binance.US", "gate.io": a dot glued to a word joins it.
        return before != '.' || start < 2 || !char.IsLetter(text[start - 2]);
    }

    /// <summary>True when a word may end at <paramref name="end"/> (inclusive index).</summary>
    public static bool IsWordEnd(string text, int end)
    {
        if (end == text.Length - 1 || !char.IsLetterOrDigit(text[end]))
        {
            return true;
        }
        var after = text[end + 1];
        if (char.IsLetterOrDigit(after))
        {
            return false;
        }
        // "Terra.money", "Crypto.com": a domain is a site, not the coin.
        return after != '.' || end + 2 >= text.Length || !char.IsLetter(text[end + 2]);
    }

    /// <summary>The next <paramref name="count"/> words after <paramref name="end"/> (exclusive), lower-cased; "'s" is skipped.</summary>
    public static List<string> WordsAfter(string text, int end, int count)
    {
        var words = new List<string>(count);
        var i = end;
        if (i + 1 < text.Length && text[i] is '\'' or '\u2019' && text[i + 1] is 's' or 'S')
        {
            i += 2;
        }
        while (words.Count < count && i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                if (text[i] is '.' or ':' or ';' or '?' or '!' or '|' or '(' or ')')
                {
                    return words;
                }
                i++;
            }
            var s = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }
            if (i > s)
            {
                words.Add(text[s..i].ToLowerInvariant());
            }
        }
        return words;
    }

    /// <summary>The word just before <paramref name="start"/>, lower-cased, or "" (stops at sentence punctuation).</summary>
    public static string WordBefore(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && !char.IsLetterOrDigit(text[i]))
        {
            if (text[i] is '.' or ':' or ';' or '?' or '!' or '|' or '(' or ')')
            {
                return "";
            }
            i--;
        }
        var e = i + 1;
        while (i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i--;
        }
        return text[(i + 1)..e].ToLowerInvariant();
    }

    /// <summary>True when the text between two mentions only joins them into a list ("BTC, ETH and XRP", "Nexo (NEXO), 1inch").</summary>
    public static bool IsListGap(string text, int from, int to)
    {
        if (to < from || to - from > 12)
        {
            return false;
        }
        // Adjacent words ("Aave DAO", "Bitcoin Rally") are one phrase, not a list.
        var gap = text[from..to].Trim(' ', '(', ')').ToLowerInvariant();
        return gap is "," or "&" or "/" or "and" or "or" or "vs" or "vs." or ", and" or "+" or "x" or "versus";
    }

    /// <summary>True when most letters are upper case (a shouting headline, where case says nothing about tickers).</summary>
    public static bool IsShouting(string text)
    {
        int upper = 0, letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }
        return letters >= 12 && upper * 10 >= letters * 7;
    }
}
