using System.Globalization;
using System.Reflection;

namespace Coinwire.Tagging;

/// <summary>How a dictionary surface is matched.</summary>
internal enum SurfaceKind
{
    /// <summary>A name or alias, matched in any case.</summary>
    Name,

    /// <summary>A ticker, matched in its exact (upper) case or after <c>$</c>.</summary>
    Ticker,

    /// <summary>A company or phrase that is not a coin; coin matches inside it are dropped.</summary>
    Block,
}

/// <summary>One way a coin (or a non-coin) is written.</summary>
internal readonly record struct Surface(int Coin, SurfaceKind Kind, bool Ambiguous, string Text);

/// <summary>
/// The coin dictionary: coins with priors, and the names and tickers they are written with.
/// The shipped one is the embedded <c>Data/coins.tsv</c> (see <c>tools/tagging/README.md</c>).
/// </summary>
public sealed class CoinDictionary
{
    private const string ResourceName = "Coinwire.Tagging.Data.coins.tsv";
    private static readonly Lazy<CoinDictionary> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, int> _byTicker = new(StringComparer.OrdinalIgnoreCase);

    private CoinDictionary(List<CoinInfo> coins, List<string> patterns, List<Surface[]> surfaces)
    {
        Coins = coins;
        Patterns = patterns;
        SurfacesByPattern = surfaces;
        for (var i = 0; i < coins.Count; i++)
        {
            _byTicker.TryAdd(coins[i].Ticker, i);
        }
    }

    /// <summary>The dictionary shipped with Coinwire (loaded once).</summary>
    public static CoinDictionary Default => Embedded.Value;

    /// <summary>Every coin, highest prior first.</summary>
    public IReadOnlyList<CoinInfo> Coins { get; }

    /// <summary>Folded pattern strings for the automaton.</summary>
    internal IReadOnlyList<string> Patterns { get; }

    /// <summary>The surfaces each pattern stands for.</summary>
    internal IReadOnlyList<Surface[]> SurfacesByPattern { get; }

    /// <summary>Looks a coin up by ticker (any case).</summary>
    public bool TryGet(string ticker, out CoinInfo coin)
    {
        if (_byTicker.TryGetValue(ticker, out var i))
        {
            coin = Coins[i];
            return true;
        }
        coin = null!;
        return false;
    }

    internal int IndexOf(string ticker) => _byTicker.GetValueOrDefault(ticker, -1);

    /// <summary>Reads the TSV format of <c>Data/coins.tsv</c>.</summary>
    public static CoinDictionary Parse(TextReader reader)
    {
        var coins = new List<CoinInfo>();
        var patternIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var patterns = new List<string>();
        var surfaces = new List<List<Surface>>();

        void Add(string text, Surface surface)
        {
            var folded = string.Create(text.Length, text, static (span, t) =>
            {
                for (var i = 0; i < t.Length; i++)
                {
                    span[i] = AhoCorasick.Fold(t[i]);
                }
            });
            if (!patternIds.TryGetValue(folded, out var id))
            {
                id = patterns.Count;
                patternIds[folded] = id;
                patterns.Add(folded);
                surfaces.Add([]);
            }
            surfaces[id].Add(surface);
        }

        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var f = line.Split('\t');
            if (f.Length < 5)
            {
                throw new FormatException($"coin dictionary: expected 5 columns: {line}");
            }
            var block = f[0] == "!";
            var index = block ? -1 : coins.Count;
            if (!block)
            {
                coins.Add(new CoinInfo(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture) / 100.0));
            }
            foreach (var n in f[3].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var ambiguous = n[0] == '~';
                var text = ambiguous ? n[1..] : n;
                Add(text, new Surface(index, block ? SurfaceKind.Block : SurfaceKind.Name, ambiguous, text));
            }
            foreach (var t in f[4].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var ambiguous = t[0] == '~';
                var text = ambiguous ? t[1..] : t;
                Add(text, new Surface(index, SurfaceKind.Ticker, ambiguous, text));
            }
        }
        return new CoinDictionary(coins, patterns, surfaces.Select(s => s.ToArray()).ToList());
    }

    private static CoinDictionary LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
