using System.Text;
using Coinwire.Tagging;

namespace Coinwire.Images;

/// <summary>What a generated cover shows: a coin (ticker and name) or a topic, in its colours.</summary>
public sealed record CoverSubject
{
    private static readonly Dictionary<string, string> TopicNames = new(StringComparer.Ordinal)
    {
        [Topics.Market] = "Market", [Topics.Regulation] = "Regulation", [Topics.DeFi] = "DeFi", [Topics.Nft] = "NFTs",
        [Topics.Stablecoins] = "Stablecoins", [Topics.Mining] = "Mining", [Topics.Security] = "Security",
        [Topics.Business] = "Business", [Topics.Technology] = "Technology",
    };

    /// <summary><see langword="true"/> for a coin, <see langword="false"/> for a topic.</summary>
    public required bool IsCoin { get; init; }

    /// <summary>The ticker or topic code, e.g. <c>BTC</c> or <c>REGULATION</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The large line: the ticker, or the topic's name.</summary>
    public required string Headline { get; init; }

    /// <summary>The line under it: the coin's name, or "Crypto news".</summary>
    public required string Subtitle { get; init; }

    /// <summary>The colours.</summary>
    public required CoverPalette Palette { get; init; }

    /// <summary>A coin; its name comes from <see cref="CoinDictionary.Default"/> when not given.</summary>
    public static CoverSubject ForCoin(string ticker, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(ticker);
        var code = Clean(ticker).ToUpperInvariant();
        var display = !string.IsNullOrWhiteSpace(name) ? Clean(name)
            : CoinDictionary.Default.TryGet(code, out var known) ? known.Name
            : code;
        var headline = Truncate(code, 12);
        return new CoverSubject { IsCoin = true, Code = code, Headline = headline, Subtitle = display, Palette = CoverPalette.ForCoin(code) };
    }

    /// <summary>A topic of <see cref="Topics"/> (or any other category word).</summary>
    public static CoverSubject ForTopic(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var code = Clean(topic).ToUpperInvariant();
        var name = TopicNames.TryGetValue(code, out var n) ? n : Clean(topic);
        return new CoverSubject { IsCoin = false, Code = code, Headline = name, Subtitle = "Crypto news", Palette = CoverPalette.ForTopic(code) };
    }

    /// <summary>The subject of a request: its primary coin, else its category (topic or ticker), else the market.</summary>
    public static CoverSubject For(CoverRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PrimaryCoin is { } coin && !string.IsNullOrWhiteSpace(coin.Ticker))
            return ForCoin(coin.Ticker, coin.Name);
        var category = request.Category?.Trim() ?? "";
        if (category.Length == 0)
            return ForTopic(Topics.Market);
        return Topics.IsTopic(category.ToUpperInvariant()) ? ForTopic(category) : ForCoin(category);
    }

    // Text that XML can hold (no controls, no lone surrogates), single-spaced and short enough to fit the cover.
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || c is '\uFFFE' or '\uFFFF')
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }
        var single = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Truncate(single, 40);
    }

    // Cut to at most max characters with an ellipsis, never between the halves of a surrogate pair.
    private static string Truncate(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
            cut--;
        return text[..cut].TrimEnd() + "…";
    }
}
