using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Coinwire.Tagging;

namespace Coinwire.Images;

/// <summary>Two gradient colours (<c>#RRGGBB</c>) and the text colour that reads on them.</summary>
/// <param name="From">Top-left colour.</param>
/// <param name="To">Bottom-right colour.</param>
/// <param name="Text">Text colour.</param>
public sealed record CoverPalette(string From, string To, string Text)
{
    // Brand colours of the largest coins; a second colour where the brand has a gradient.
    private static readonly Dictionary<string, (string From, string? To)> Coins = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BTC"] = ("#F7931A", null), ["ETH"] = ("#627EEA", null), ["USDT"] = ("#26A17B", null), ["BNB"] = ("#F3BA2F", null),
        ["SOL"] = ("#9945FF", "#14F195"), ["XRP"] = ("#23292F", null), ["USDC"] = ("#2775CA", null), ["ADA"] = ("#0033AD", null),
        ["DOGE"] = ("#C2A633", null), ["TRX"] = ("#EB0029", null), ["TON"] = ("#0098EA", null), ["AVAX"] = ("#E84142", null),
        ["SHIB"] = ("#FFA409", null), ["DOT"] = ("#E6007A", null), ["LINK"] = ("#2A5ADA", null), ["BCH"] = ("#8DC351", null),
        ["LTC"] = ("#345D9D", null), ["NEAR"] = ("#00C08B", null), ["MATIC"] = ("#8247E5", null), ["POL"] = ("#8247E5", null),
        ["UNI"] = ("#FF007A", null), ["ICP"] = ("#29ABE2", "#F15A24"), ["DAI"] = ("#F5AC37", null), ["XLM"] = ("#14B6E7", null),
        ["ETC"] = ("#328332", null), ["XMR"] = ("#FF6600", null), ["ATOM"] = ("#2E3148", null), ["HBAR"] = ("#222222", null),
        ["FIL"] = ("#0090FF", null), ["APT"] = ("#06F7F7", "#000000"), ["ARB"] = ("#28A0F0", null), ["OP"] = ("#FF0420", null),
        ["SUI"] = ("#4DA2FF", null), ["PEPE"] = ("#4C9540", null), ["AAVE"] = ("#B6509E", "#2EBAC6"), ["ALGO"] = ("#000000", null),
        ["VET"] = ("#15BDFF", null), ["XTZ"] = ("#2C7DF7", null), ["EOS"] = ("#000000", null), ["MKR"] = ("#1AAB9B", null),
        ["CRO"] = ("#103F68", null), ["KAS"] = ("#70C7BA", null), ["INJ"] = ("#0082FA", null), ["ZEC"] = ("#F4B728", null),
    };

    private static readonly Dictionary<string, (string From, string To)> TopicColours = new(StringComparer.Ordinal)
    {
        [Topics.Market] = ("#0F766E", "#134E4A"), [Topics.Regulation] = ("#1E3A8A", "#312E81"),
        [Topics.DeFi] = ("#7C3AED", "#4C1D95"), [Topics.Nft] = ("#DB2777", "#7E22CE"),
        [Topics.Stablecoins] = ("#059669", "#065F46"), [Topics.Mining] = ("#B45309", "#78350F"),
        [Topics.Security] = ("#B91C1C", "#450A0A"), [Topics.Business] = ("#334155", "#0F172A"),
        [Topics.Technology] = ("#0369A1", "#1E1B4B"),
    };

    /// <summary>The coin's brand colours, or colours derived from the ticker's hash for coins not in the table.</summary>
    public static CoverPalette ForCoin(string ticker)
    {
        ArgumentNullException.ThrowIfNull(ticker);
        if (Coins.TryGetValue(ticker.Trim(), out var brand))
            return Make(brand.From, brand.To ?? Shade(brand.From, 0.55));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("coin:" + ticker.Trim().ToUpperInvariant()));
        var hue = BitConverter.ToUInt16(hash, 0) % 360;
        var from = Hsl(hue, 0.65, 0.45);
        return Make(from, Hsl((hue + 35) % 360, 0.7, 0.25));
    }

    /// <summary>The topic's colours; a neutral slate for unknown topics.</summary>
    public static CoverPalette ForTopic(string topic) =>
        TopicColours.TryGetValue(topic ?? "", out var c) ? Make(c.From, c.To) : Make("#475569", "#1E293B");

    private static CoverPalette Make(string from, string to) =>
        new(from, to, Luminance(from) > 0.6 && Luminance(to) > 0.45 ? "#111111" : "#FFFFFF");

    private static (double R, double G, double B) Rgb(string hex) =>
        (int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0,
         int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0,
         int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0);

    private static double Luminance(string hex)
    {
        var (r, g, b) = Rgb(hex);
        return (0.2126 * r) + (0.7152 * g) + (0.0722 * b);
    }

    private static string Shade(string hex, double factor)
    {
        var (r, g, b) = Rgb(hex);
        return Hex(r * factor, g * factor, b * factor);
    }

    private static string Hsl(double h, double s, double l)
    {
        var c = (1 - Math.Abs((2 * l) - 1)) * s;
        var x = c * (1 - Math.Abs((h / 60 % 2) - 1));
        var m = l - (c / 2);
        var (r, g, b) = (int)(h / 60) switch
        {
            0 => (c, x, 0.0), 1 => (x, c, 0.0), 2 => (0.0, c, x), 3 => (0.0, x, c), 4 => (x, 0.0, c), _ => (c, 0.0, x),
        };
        return Hex(r + m, g + m, b + m);
    }

    private static string Hex(double r, double g, double b) =>
        string.Create(CultureInfo.InvariantCulture, $"#{To255(r):X2}{To255(g):X2}{To255(b):X2}");

    private static int To255(double v) => (int)Math.Round(Math.Clamp(v, 0, 1) * 255);
}
