using System.Globalization;
using Coinwire.Tagging;

namespace Coinwire.Scoring;

/// <summary>
/// Scores a story's importance 0–100 as an explainable sum of parts (defaults, out of 100):
/// coverage 25 (distinct sources, log scale), trust 15 (source weights), recency 20 (exponential decay),
/// coin 15 (the primary coin's popularity prior) and events 25 (hacks, ETF decisions, enforcement …).
/// Each part is rounded to whole points and the score is their sum. Build once; thread-safe.
/// </summary>
public sealed class StoryScorer
{
    private static readonly Lazy<StoryScorer> Shared = new(() => new StoryScorer(new ScoringOptions()));

    private readonly ScoringOptions _options;
    private readonly CoinDictionary _coins;
    private readonly EventDetector _events;

    /// <summary>A scorer with <paramref name="options"/>, the shipped coin dictionary and the built-in event rules.</summary>
    public StoryScorer(ScoringOptions options)
        : this(options, CoinDictionary.Default, EventDetector.Default)
    {
    }

    /// <summary>A scorer with its own coin dictionary and event detector.</summary>
    public StoryScorer(ScoringOptions options, CoinDictionary coins, EventDetector events)
    {
        _options = options;
        _coins = coins;
        _events = events;
    }

    /// <summary>A scorer with the default options.</summary>
    public static StoryScorer Default => Shared.Value;

    /// <summary>The options in use.</summary>
    public ScoringOptions Options => _options;

    /// <summary>Scores <paramref name="input"/>; the same input always gives the same result.</summary>
    public ScoreResult Score(ScoringInput input)
    {
        var sources = DistinctSources(input.Sources);
        var parts = new List<ScorePart>(6)
        {
            Coverage(sources.Count),
            Trust(sources.Values),
            Recency(input.PublishedAt, input.Now),
            Coin(input.Coins),
            Events(input.Title, input.Text),
        };
        var sum = parts.Sum(p => p.Points);
        if (sum > 100)
        {
            parts.Add(new ScorePart(ScorePartNames.Cap, 100 - sum, 0, "capped at 100"));
            sum = 100;
        }
        return new ScoreResult(sum, parts);
    }

    private ScorePart Coverage(int n)
    {
        var saturation = Math.Max(1, _options.CoverageSaturation);
        var share = n == 0 ? 0 : Math.Min(1, Math.Log(1 + n) / Math.Log(1 + saturation));
        return Part(ScorePartNames.Coverage, _options.CoverageMax, share, n == 1 ? "1 source" : $"{n} sources");
    }

    private ScorePart Trust(IEnumerable<double> sourceWeights)
    {
        var weights = sourceWeights.Select(w => Math.Clamp(w / _options.MajorSourceWeight, 0, 1)).ToList();
        if (weights.Count == 0 || _options.MajorSourceWeight <= 0)
        {
            return Part(ScorePartNames.Trust, _options.TrustMax, 0, "no sources");
        }
        // The best source vouches for the story; the mean keeps one major outlet among many blogs from counting fully.
        var best = weights.Max();
        var mean = weights.Average();
        return Part(ScorePartNames.Trust, _options.TrustMax, (0.7 * best) + (0.3 * mean), $"best {F(best)}, mean {F(mean)}");
    }

    private ScorePart Recency(DateTimeOffset publishedAt, DateTimeOffset now)
    {
        var age = now - publishedAt;
        if (age < TimeSpan.Zero)
        {
            age = TimeSpan.Zero;
        }
        var halfLife = _options.HalfLife > TimeSpan.Zero ? _options.HalfLife : TimeSpan.FromHours(6);
        var share = age >= _options.MaxAge ? 0 : Math.Pow(0.5, age / halfLife);
        return Part(ScorePartNames.Recency, _options.RecencyMax, share, $"{Age(age)} old");
    }

    private ScorePart Coin(IReadOnlyList<ScoringCoin> coins)
    {
        if (coins.Count == 0)
        {
            return Part(ScorePartNames.Coin, _options.CoinMax, _options.NoCoinShare, "no coin");
        }
        var primary = coins[0].Ticker;
        var known = _coins.TryGet(primary, out var info);
        var prior = known ? info.Prior : _options.UnknownCoinPrior;
        // Squared so the long tail (priors 0.3–0.5) stays low while BTC/ETH/SOL keep most of the points.
        var share = Math.Clamp(prior, 0, 1) * Math.Clamp(prior, 0, 1);
        var ticker = primary.ToUpperInvariant();
        return Part(ScorePartNames.Coin, _options.CoinMax, share, known ? $"{ticker} prior {F(prior)}" : $"{ticker} not ranked");
    }

    private ScorePart Events(string title, string? text)
    {
        var found = _events.Detect(title, text)
            .Select(e => (e.Rule.Name, e.Rule.Group, e.InTitle, Points: Points(e)))
            .GroupBy(e => e.Group, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(e => e.Points).First())
            .OrderByDescending(e => e.Points).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Take(Math.Max(0, _options.MaxEvents))
            .ToList();
        if (found.Count == 0)
        {
            return Part(ScorePartNames.Events, _options.EventsMax, 0, "none");
        }
        double points = 0, factor = 1;
        foreach (var e in found)
        {
            points += factor * e.Points;
            factor /= 2;
        }
        var max = Math.Max(0, _options.EventsMax);
        var reason = string.Join(", ", found.Select(e => e.InTitle ? e.Name : e.Name + " (text)"));
        return new ScorePart(ScorePartNames.Events, Round(Math.Min(max, points)), max, reason);
    }

    private double Points(DetectedEvent e)
    {
        var points = _options.EventPoints.TryGetValue(e.Rule.Name, out var p) ? p : e.Rule.Points;
        return Math.Max(0, points) * (e.InTitle ? 1 : Math.Clamp(_options.TextOnlyEventShare, 0, 1));
    }

    private static Dictionary<string, double> DistinctSources(IReadOnlyList<ScoringSource> sources)
    {
        var byKey = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in sources)
        {
            var w = double.IsFinite(s.Weight) ? s.Weight : 0;
            byKey[s.Key] = byKey.TryGetValue(s.Key, out var seen) ? Math.Max(seen, w) : w;
        }
        return byKey;
    }

    private static ScorePart Part(string name, int max, double share, string reason)
    {
        max = Math.Max(0, max);
        return new ScorePart(name, Round(max * Math.Clamp(share, 0, 1)), max, reason);
    }

    private static int Round(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Age(TimeSpan age) => age.TotalHours < 1
        ? $"{(int)age.TotalMinutes} min"
        : age.TotalHours < 48
            ? $"{age.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} h"
            : $"{age.TotalDays.ToString("0.#", CultureInfo.InvariantCulture)} d";
}
