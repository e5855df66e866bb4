using System.Collections.Concurrent;
using AngleSharp.Html;

namespace Coinwire.Parsing.Text;

/// <summary>The HTML5 named character references (AngleSharp's table), looked up by name without <c>&amp;</c> and <c>;</c>.</summary>
internal static class HtmlEntities
{
    private static readonly ConcurrentDictionary<string, string?> Cache = new(StringComparer.Ordinal);

    /// <summary>The characters for <paramref name="name"/>, or <see langword="null"/> when it is not an HTML entity.</summary>
    public static string? Lookup(ReadOnlySpan<char> name)
    {
        var lookup = Cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out var cached))
        {
            return cached;
        }
        if (CommonEntities.WithSemicolon(name) is { } common)
        {
            return common;
        }
        var key = name.ToString();
        var symbol = HtmlEntityProvider.Resolver.GetSymbol(key + ";") ?? HtmlEntityProvider.Resolver.GetSymbol(key);
        if (Cache.Count < 4096)
        {
            Cache[key] = symbol;
        }
        return symbol;
    }
}
