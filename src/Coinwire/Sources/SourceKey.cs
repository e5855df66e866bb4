using System.Text.RegularExpressions;

namespace Coinwire.Sources;

/// <summary>Derives a source's key (an article's <c>source.key</c>) from its name.</summary>
public static partial class SourceKey
{
    /// <summary>
    /// The name lower-cased, each run of characters other than <c>a-z</c>/<c>0-9</c> replaced by one <c>_</c>
    /// ("Bloomberg (Crypto)" → "bloomberg_crypto_": the space and parenthesis become a single underscore, as the
    /// reference article shows). Non-ASCII letters count as non-alphanumeric.
    /// </summary>
    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return NonAlphanumericRun().Replace(name.ToLowerInvariant(), "_");
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumericRun();
}
