namespace Coinwire.Clustering;

/// <summary>
/// A deliberately crude suffix stripper: it only has to map the inflections headline writers vary
/// ("launches", "launched", "launching") onto one form, and to do so identically on both sides of a comparison.
/// </summary>
internal static class LightStemmer
{
    /// <summary>The stem of a lower-case word; words holding a digit are returned unchanged.</summary>
    public static string Stem(string word)
    {
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                return word;
            }
        }
        var w = word.AsSpan();
        if (w.Length > 4 && w.EndsWith("ies"))
        {
            return string.Concat(w[..^3], "y");
        }
        if (w.Length > 4 && w.EndsWith("es") && !w.EndsWith("ses"))
        {
            w = w[..^2];
        }
        else if (w.Length > 3 && w.EndsWith("s") && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is"))
        {
            w = w[..^1];
        }
        if (w.Length > 5 && w.EndsWith("ing"))
        {
            w = w[..^3];
        }
        else if (w.Length > 4 && w.EndsWith("ed"))
        {
            w = w[..^2];
        }
        if (w.Length > 3 && w.EndsWith("e"))
        {
            w = w[..^1];
        }
        return w.Length == word.Length ? word : w.ToString();
    }
}
