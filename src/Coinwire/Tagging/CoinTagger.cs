namespace Coinwire.Tagging;

/// <summary>
/// Finds the coins a news text is about, with a confidence each, picks the primary one, and gives the article
/// category (the primary ticker when one coin dominates, else a topic) and tags. Build once; thread-safe.
/// </summary>
public sealed class CoinTagger
{
    /// <summary>Coins below this confidence are not reported.</summary>
    public const double Threshold = 0.5;

    private const double BodyWeight = 0.4;
    private const double DominanceRatio = 0.7;
    private static readonly Lazy<CoinTagger> Shared = new(() => new CoinTagger(CoinDictionary.Default, TopicClassifier.Default));

    private readonly CoinDictionary _dictionary;
    private readonly MentionFinder _finder;
    private readonly TopicClassifier _topics;

    /// <summary>A tagger over <paramref name="dictionary"/> and <paramref name="topics"/>.</summary>
    public CoinTagger(CoinDictionary dictionary, TopicClassifier topics)
    {
        _dictionary = dictionary;
        _finder = new MentionFinder(dictionary);
        _topics = topics;
    }

    /// <summary>The shared tagger over the shipped dictionary.</summary>
    public static CoinTagger Default => Shared.Value;

    /// <summary>The dictionary in use.</summary>
    public CoinDictionary Dictionary => _dictionary;

    /// <summary>Tags a title and optional body (plain text).</summary>
    public TagResult Tag(string title, string? body = null)
    {
        var titleMentions = Supported(title, _finder.Find(title), null);
        var bodyMentions = string.IsNullOrEmpty(body) ? [] : Supported(body, _finder.Find(body), titleMentions);
        var evidence = new Dictionary<int, CoinEvidence>();
        Accumulate(titleMentions, evidence, inTitle: true);
        Accumulate(bodyMentions, evidence, inTitle: false);
        var subject = SubjectCoin(title, titleMentions);
        var priced = PricedCoins(title, titleMentions);

        var scored = evidence.Select(kv => Score(kv.Key, kv.Value, (kv.Key == subject ? 0.5 : 0) + (priced.Contains(kv.Key) ? 1.0 : 0)))
            .Where(c => c.Match.Confidence >= Threshold)
            .OrderByDescending(c => c.Rank).ThenBy(c => c.Match.Ticker, StringComparer.Ordinal)
            .ToList();
        var coins = scored.Select(c => c.Match).ToList();
        var primary = coins.Count > 0 ? coins[0] : null;
        var dominant = scored.Count == 1 || (scored.Count > 1 && scored[1].Rank <= DominanceRatio * scored[0].Rank);

        var topics = _topics.Classify(title, body).ToList();
        string category;
        if (primary is not null && dominant)
        {
            category = primary.Ticker;
        }
        else
        {
            category = topics.Count > 0 ? topics[0] : coins.Count > 1 ? Topics.Market : Topics.Business;
            if (!topics.Contains(category))
            {
                topics.Insert(0, category);
            }
        }
        var tags = coins.Select(c => c.Ticker).Concat(topics).Distinct(StringComparer.Ordinal).ToList();
        return new TagResult(coins, primary, category, topics, tags);
    }

    private sealed class CoinEvidence
    {
        public double Title { get; set; }
        public double Body { get; set; }
        public int Mentions { get; set; }
    }

    private (CoinMatch Match, double Rank) Score(int coin, CoinEvidence e, double bonus)
    {
        var info = _dictionary.Coins[coin];
        var strength = Math.Min(e.Title, 2.0) + (BodyWeight * Math.Min(e.Body, 3.0));
        var confidence = 1 - Math.Exp(-1.8 * strength * (0.45 + (0.55 * info.Prior)));
        var rank = (strength + bonus) * (0.6 + (0.4 * info.Prior));
        return (new CoinMatch(info.Ticker, info.Name, Math.Round(confidence, 3), e.Mentions), rank);
    }

    private static void Accumulate(List<Mention> mentions, Dictionary<int, CoinEvidence> evidence, bool inTitle)
    {
        foreach (var m in mentions)
        {
            if (!evidence.TryGetValue(m.Coin, out var e))
            {
                evidence[m.Coin] = e = new CoinEvidence();
            }
            var w = m.Kind == SurfaceKind.Ticker && !m.Dollar ? 0.9 : 1.0;
            if (m.Ambiguous)
            {
                w *= 0.75;
            }
            if (inTitle)
            {
                e.Title += w;
            }
            else
            {
                e.Body += w;
            }
            e.Mentions++;
        }
    }

    /// <summary>Coins whose price the title discusses ("Boost BNB Price", "the price of XRP"): the story is about them.</summary>
    private static HashSet<int> PricedCoins(string title, List<Mention> mentions)
    {
        var priced = new HashSet<int>();
        foreach (var m in mentions)
        {
            var after = TextSpans.WordsAfter(title, m.End, 1);
            var before = TextSpans.WordBefore(title, m.Start);
            if ((after.Count > 0 && after[0] is "price" or "prices") || (before == "of" && title[..m.Start].TrimEnd().EndsWith("price of", StringComparison.OrdinalIgnoreCase)))
            {
                priced.Add(m.Coin);
            }
        }
        return priced;
    }

    /// <summary>The coin named first in the title, unless it only opens a list ("BTC, ETH and SOL rally").</summary>
    private static int SubjectCoin(string title, List<Mention> mentions)
    {
        if (mentions.Count == 0)
        {
            return -1;
        }
        var first = mentions[0];
        var nextIndex = mentions.FindIndex(m => m.Coin != first.Coin);
        if (nextIndex < 0)
        {
            return first.Coin;
        }
        // "Polygon (MATIC) vs Solana": measure the gap from the first coin's last mention before the next coin.
        var lastSame = mentions[nextIndex - 1];
        return TextSpans.IsListGap(title, lastSame.End, mentions[nextIndex].Start) ? -1 : first.Coin;
    }

    /// <summary>Keeps ambiguous mentions only when something supports them; unambiguous ones always stay.</summary>
    private static List<Mention> Supported(string text, List<Mention> mentions, List<Mention>? context)
    {
        if (!mentions.Any(m => m.Ambiguous))
        {
            return mentions;
        }
        var result = new List<Mention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!m.Ambiguous || IsSupported(text, mentions, i, context))
            {
                result.Add(m);
            }
        }
        return result;
    }

    private static bool IsSupported(string text, List<Mention> mentions, int index, List<Mention>? context)
    {
        var m = mentions[index];
        var sameCoin = mentions.Where((o, j) => j != index && o.Coin == m.Coin).Concat(context ?? []).Where(o => o.Coin == m.Coin);
        if (sameCoin.Any(o => !o.Ambiguous || o.Folded != m.Folded || o.Kind != m.Kind))
        {
            return true;
        }
        // "Cross-Chain", "Gas-free": a common word glued into a compound is the word.
        if (m.Kind == SurfaceKind.Name && ((m.Start > 0 && text[m.Start - 1] == '-') || (m.End < text.Length && text[m.End] == '-')))
        {
            return false;
        }
        var after = TextSpans.WordsAfter(text, m.End, 1);
        if (after.Count > 0 && (CueWords.After.Contains(after[0]) || (m.Kind == SurfaceKind.Name && CueWords.AfterName.Contains(after[0]))))
        {
            return true;
        }
        if (CueWords.Before.Contains(TextSpans.WordBefore(text, m.Start)))
        {
            return true;
        }
        // In a list of coins ("PEPE, SHIB and APE"), a neighbour that is surely a coin vouches for this one.
        var prev = index > 0 ? mentions[index - 1] : default;
        var next = index + 1 < mentions.Count ? mentions[index + 1] : default;
        return (prev != default && !prev.Ambiguous && TextSpans.IsListGap(text, prev.End, m.Start))
            || (next != default && !next.Ambiguous && TextSpans.IsListGap(text, m.End, next.Start));
    }
}
