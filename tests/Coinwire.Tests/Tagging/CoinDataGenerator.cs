using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Coinwire.Tests.Tagging;

/// <summary>
/// Builds src/Coinwire/Tagging/Data/coins.tsv from the licence-OK lists in ../shared/corpus/coins
/// (CryptoPanic CC0, CoinGecko top 500 with attribution) plus tools/tagging/curated.tsv and common_words.txt.
/// </summary>
internal static partial class CoinDataGenerator
{
    /// <summary>CryptoPanic rows below this news count are left out unless CoinGecko ranks them in its top 500.</summary>
    public const int MinNewsCount = 20;

    private static readonly string[] DerivableSuffixes = [" Token", " Coin", " Network", " Protocol", " Finance", " DAO"];

    private sealed class Coin(string ticker, string name, double prior)
    {
        public string Ticker { get; } = ticker;
        public string Name { get; set; } = name;
        public double Prior { get; set; } = prior;
        public List<string> Names { get; } = [];
        public List<string> Tickers { get; } = [];
        public HashSet<string> CuratedNames { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    public static string Generate(string coinsDir, string toolsDir)
    {
        var common = ReadLines(Path.Combine(toolsDir, "common_words.txt")).ToHashSet(StringComparer.Ordinal);
        var curated = ReadLines(Path.Combine(toolsDir, "curated.tsv")).Select(l => l.Split('\t')).ToList();
        var blocks = Surfaces(curated, "block").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var acronyms = Surfaces(curated, "acronym").ToHashSet(StringComparer.Ordinal);
        var jargon = Surfaces(curated, "jargon").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var drops = curated.Where(c => c[0] == "drop").Select(c => c[1]).ToHashSet(StringComparer.Ordinal);

        var coins = new Dictionary<string, Coin>(StringComparer.Ordinal);
        var panic = ReadTsv(Path.Combine(coinsDir, "cryptopanic_currencies_2025-12.tsv")).ToList();
        var maxNews = panic.Max(r => int.Parse(r[3], CultureInfo.InvariantCulture));
        var gecko = ReadTsv(Path.Combine(coinsDir, "coingecko_top500_2022-07-24.tsv"))
            .Select(r => (Rank: int.Parse(r[0], CultureInfo.InvariantCulture), Ticker: r[2].ToUpperInvariant(), Name: CleanName(r[3])))
            .ToList();
        var geckoTickers = gecko.Select(g => g.Ticker).ToHashSet(StringComparer.Ordinal);

        foreach (var row in panic)
        {
            var ticker = row[1].Trim().ToUpperInvariant();
            var news = int.Parse(row[3], CultureInfo.InvariantCulture);
            if (coins.ContainsKey(ticker) || drops.Contains(ticker) || !IsUsableTicker(ticker)
                || (news < MinNewsCount && !geckoTickers.Contains(ticker)))
            {
                continue;
            }
            coins[ticker] = new Coin(ticker, CleanName(row[2]), Math.Log(1 + news) / Math.Log(1 + maxNews));
        }

        foreach (var (rank, ticker, name) in gecko)
        {
            var prior = 1 - (Math.Log10(rank) / 4);
            if (drops.Contains(ticker) || !IsUsableTicker(ticker))
            {
                continue;
            }
            if (!coins.TryGetValue(ticker, out var coin))
            {
                coins[ticker] = new Coin(ticker, name, prior);
                continue;
            }
            if (string.Equals(coin.Name, ticker, StringComparison.OrdinalIgnoreCase))
            {
                coin.Name = name;
            }
            else if (SameProject(coin.Name, name))
            {
                coin.Names.Add(name);
            }
            else
            {
                continue;
            }
            coin.Prior = Math.Max(coin.Prior, prior);
        }

        foreach (var c in curated.Where(c => c[0] is "name" or "ticker"))
        {
            if (!coins.TryGetValue(c[1], out var coin))
            {
                continue;
            }
            var list = c[0] == "name" ? coin.Names : coin.Tickers;
            foreach (var s in c[2].Split('|'))
            {
                list.Add(s);
                if (c[0] == "name")
                {
                    coin.CuratedNames.Add(s);
                }
            }
        }

        var ordered = coins.Values.OrderByDescending(c => Math.Round(c.Prior, 2)).ThenBy(c => c.Ticker, StringComparer.Ordinal).ToList();
        var nameOwner = new Dictionary<string, Coin>(StringComparer.OrdinalIgnoreCase);
        var tickerOwner = new Dictionary<string, Coin>(StringComparer.Ordinal);
        var derivedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Curated aliases claim their surfaces first, then coins by prior: a surface belongs to one coin only.
        foreach (var coin in ordered)
        {
            foreach (var n in coin.CuratedNames)
            {
                nameOwner.TryAdd(n, coin);
            }
        }
        foreach (var coin in ordered)
        {
            foreach (var (n, derived) in NameCandidates(coin, blocks, acronyms))
            {
                if (!jargon.Contains(n) && nameOwner.TryAdd(n, coin) && derived)
                {
                    derivedNames.Add(n);
                }
            }
            foreach (var t in coin.Tickers.Prepend(coin.Ticker).Where(t => !jargon.Contains(t)))
            {
                tickerOwner.TryAdd(t, coin);
            }
        }

        var sb = new StringBuilder();
        sb.Append("# Coin dictionary for Coinwire tagging. Generated by tools/tagging (see README.md there); do not edit by hand.\n");
        sb.Append("# ticker\tname\tprior(0-100)\tnames (case-insensitive)\ttickers (case-sensitive or $-prefixed); ~ = ambiguous, needs a cue\n");
        foreach (var coin in ordered)
        {
            var names = nameOwner.Where(kv => kv.Value == coin).Select(kv => kv.Key)
                .Select(n => !coin.CuratedNames.Contains(n) && (IsCommon(n, common) || acronyms.Contains(n.ToUpperInvariant()) || derivedNames.Contains(n)) ? "~" + n : n);
            var tickers = tickerOwner.Where(kv => kv.Value == coin).Select(kv => kv.Key)
                .Select(t => IsAmbiguousTicker(t, common, acronyms) || coin.Name.EndsWith(" Fan Token", StringComparison.Ordinal) ? "~" + t : t);
            var prior = (int)Math.Round(coin.Prior * 100);
            sb.Append(CultureInfo.InvariantCulture, $"{coin.Ticker}\t{coin.Name}\t{prior}\t{string.Join('|', names)}\t{string.Join('|', tickers)}\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"!\tnot a coin\t0\t{string.Join('|', blocks.Order(StringComparer.Ordinal))}\t\n");
        return sb.ToString();
    }

    /// <summary>Names of a coin; derived = made by dropping "The " or a suffix such as " Token" (such stems need a cue).</summary>
    private static IEnumerable<(string Name, bool Derived)> NameCandidates(Coin coin, HashSet<string> blocks, HashSet<string> acronyms)
    {
        var all = new List<string>();
        // An all-caps name equal to the ticker ("XRP", "SQD") is the ticker; "Aave" or "Pepe" is also a name.
        if (!string.Equals(coin.Name, coin.Ticker, StringComparison.Ordinal))
        {
            all.Add(coin.Name);
        }
        all.AddRange(coin.Names);
        var originals = all.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var n in all.ToList())
        {
            var stem = n.StartsWith("The ", StringComparison.Ordinal) ? n[4..] : n;
            foreach (var suffix in DerivableSuffixes)
            {
                if (stem.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    stem = stem[..^suffix.Length];
                    break;
                }
            }
            if (stem != n && stem.Length > 3 && !acronyms.Contains(stem.ToUpperInvariant()))
            {
                all.Add(stem);
            }
        }
        return all.Where(n => n.Length >= 3 && !blocks.Contains(n) && !n.Contains('\t', StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(n => (n, !originals.Contains(n)));
    }

    private static bool IsCommon(string name, HashSet<string> common) => common.Contains(name.ToLowerInvariant());

    private static bool IsAmbiguousTicker(string ticker, HashSet<string> common, HashSet<string> acronyms) =>
        ticker.Length <= 2 || acronyms.Contains(ticker.ToUpperInvariant()) || common.Contains(ticker.ToLowerInvariant());

    private static bool IsUsableTicker(string ticker) =>
        ticker.Length >= 2 && ticker.Any(char.IsAsciiLetter) && ticker.All(char.IsAsciiLetterOrDigit);

    private static bool SameProject(string a, string b)
    {
        static string First(string s) => s.Split(' ', '-', '.')[0].ToLowerInvariant();
        return First(a) == First(b);
    }

    private static string CleanName(string name)
    {
        var n = Brackets().Replace(name, "");
        n = Version().Replace(n, "");
        if (n.EndsWith("-New", StringComparison.Ordinal))
        {
            n = n[..^4];
        }
        return Spaces().Replace(n, " ").Trim();
    }

    private static IEnumerable<string> Surfaces(List<string[]> curated, string kind) =>
        curated.Where(c => c[0] == kind).SelectMany(c => c[2].Split('|')).Where(s => s.Length > 0);

    private static IEnumerable<string> ReadLines(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.TrimEnd());

    private static IEnumerable<string[]> ReadTsv(string path) => File.ReadLines(path).Skip(1).Select(l => l.Split('\t'));

    [GeneratedRegex(@"\s*[\(\[][^\)\]]*[\)\]]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\s+v\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex Version();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
