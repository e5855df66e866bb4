using Coinwire.Tagging;

namespace Coinwire.Images;

/// <summary>
/// The photo search query for a story. Built from the coin or topic rather than the title, so stories about the same
/// thing share one cached search and one hourly request.
/// </summary>
public static class CoverQuery
{
    private static readonly Dictionary<string, string> TopicQueries = new(StringComparer.Ordinal)
    {
        [Topics.Market] = "stock market chart",
        [Topics.Regulation] = "courthouse law",
        [Topics.DeFi] = "decentralized finance",
        [Topics.Nft] = "digital art",
        [Topics.Stablecoins] = "dollar coins",
        [Topics.Mining] = "bitcoin mining",
        [Topics.Security] = "cyber security",
        [Topics.Business] = "business office",
        [Topics.Technology] = "blockchain technology",
    };

    /// <summary>The query for <paramref name="request"/>: coin name, else topic words, else keywords, else "cryptocurrency".</summary>
    public static string For(CoverRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PrimaryCoin is { } coin)
            return $"{CoinName(coin)} cryptocurrency";
        var category = request.Category?.Trim().ToUpperInvariant() ?? "";
        if (TopicQueries.TryGetValue(category, out var topic))
            return topic;
        if (category.Length > 0 && CoinDictionary.Default.TryGet(category, out var known))
            return $"{known.Name} cryptocurrency";
        var words = request.Keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Take(3).ToList();
        return words.Count > 0 ? string.Join(' ', words) : "cryptocurrency";
    }

    private static string CoinName(CoverCoin coin) =>
        !string.IsNullOrWhiteSpace(coin.Name) ? coin.Name.Trim()
        : CoinDictionary.Default.TryGet(coin.Ticker, out var known) ? known.Name
        : coin.Ticker.Trim();
}
