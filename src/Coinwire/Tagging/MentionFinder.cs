namespace Coinwire.Tagging;

/// <summary>One place a coin is named.</summary>
internal readonly record struct Mention(int Coin, int Start, int End, SurfaceKind Kind, bool Ambiguous, bool Dollar, string Folded);

/// <summary>
/// Finds coin mentions: one automaton pass, then word boundaries, case rules (tickers only in their case or
/// after <c>$</c>; common-word names only capitalized), and leftmost-longest selection so that
/// "Bitcoin Cash" beats "Bitcoin" and a company name ("ARK Invest") hides the coin inside it.
/// </summary>
internal sealed class MentionFinder
{
    /// <summary>Below this prior, a bare ticker needs the same support as an ambiguous one.</summary>
    public const double ObscurePrior = 0.45;

    private readonly CoinDictionary _dictionary;
    private readonly AhoCorasick _automaton;

    public MentionFinder(CoinDictionary dictionary)
    {
        _dictionary = dictionary;
        _automaton = new AhoCorasick(dictionary.Patterns);
    }

    public List<Mention> Find(string text)
    {
        var hits = new List<(int Pattern, int End)>();
        _automaton.Scan(text, hits);
        if (hits.Count == 0)
        {
            return [];
        }
        var shouting = TextSpans.IsShouting(text);
        var candidates = new List<Mention>(hits.Count);
        foreach (var (pattern, end) in hits)
        {
            var start = end - _automaton.PatternLength(pattern) + 1;
            if (!TextSpans.IsWordStart(text, start) || !TextSpans.IsWordEnd(text, end))
            {
                continue;
            }
            if (Pick(text, start, end + 1, pattern, shouting) is { } mention)
            {
                candidates.Add(mention);
            }
        }
        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var chosen = new List<Mention>(candidates.Count);
        var reach = 0;
        foreach (var c in candidates)
        {
            if (c.Start >= reach)
            {
                reach = c.End;
                if (c.Kind != SurfaceKind.Block)
                {
                    chosen.Add(c);
                }
            }
        }
        return chosen;
    }

    private Mention? Pick(string text, int start, int end, int pattern, bool shouting)
    {
        var dollar = start > 0 && text[start - 1] == '$';
        Mention? fallback = null;
        foreach (var s in _dictionary.SurfacesByPattern[pattern])
        {
            bool ambiguous;
            switch (s.Kind)
            {
                case SurfaceKind.Block:
                    return new Mention(-1, start, end, s.Kind, false, false, "");
                case SurfaceKind.Ticker:
                    if (!dollar && !text.AsSpan(start, end - start).SequenceEqual(s.Text))
                    {
                        continue;
                    }
                    // A rarely-covered coin's ticker alone is more often some other acronym ("UFC's", "GPU prices").
                    ambiguous = !dollar && (s.Ambiguous || shouting || _dictionary.Coins[s.Coin].Prior < ObscurePrior);
                    break;
                default:
                    if (s.Ambiguous && !char.IsUpper(text[start]))
                    {
                        continue;
                    }
                    ambiguous = s.Ambiguous;
                    break;
            }
            var m = new Mention(s.Coin, start, end, s.Kind, ambiguous, dollar, _dictionary.Patterns[pattern]);
            if (!ambiguous)
            {
                return m;
            }
            fallback ??= m;
        }
        return fallback;
    }
}
