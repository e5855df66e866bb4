namespace Coinwire.Sources;

/// <summary>Derives a source's key from its name.</summary>
public static class SourceKey
{
    /// <summary>
    /// The name lower-cased, each run of characters other than ASCII letters and digits replaced by one <c>_</c>
    /// (what the reference article shows: "Bloomberg (Crypto)" → "bloomberg_crypto_").
    /// </summary>
    public static string From(string name)
    {
        var key = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (key.Length == 0 || key[^1] != '_')
            {
                key.Append('_');
            }
        }
        return key.ToString();
    }
}
