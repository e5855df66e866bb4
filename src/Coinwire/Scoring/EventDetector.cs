namespace Coinwire.Scoring;

/// <summary>An event found in a story.</summary>
/// <param name="Rule">The rule that fired.</param>
/// <param name="InTitle">Whether it fired in the title (else only in the text).</param>
public sealed record DetectedEvent(EventRule Rule, bool InTitle);

/// <summary>
/// Finds <see cref="EventRule"/>s in a title and text by word-boundary phrase matching. A trigger is negated, and does
/// not fire, when one of "no", "not", "never", "without", "none", "nor", "neither", "zero", "cannot" or a word ending
/// in "n't" stands up to three words before it in the same clause: "no funds were stolen" and "wasn't hacked" name no
/// hack. Denials ("X denies hack") are not treated as negation. Build once; thread-safe.
/// </summary>
public sealed class EventDetector
{
    private const int NegationWindow = 3;
    private const int PrefixKey = 3;
    private static readonly HashSet<string> Negators = new(["no", "not", "never", "without", "none", "nor", "neither", "zero", "cannot"], StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegatorLookup = Negators.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Lazy<EventDetector> Shared = new(() => new EventDetector(EventRules.Default));

    private readonly IReadOnlyList<EventRule> _rules;
    private readonly Dictionary<string, List<Entry>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _prefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;

    /// <summary>A detector for <paramref name="rules"/>.</summary>
    /// <exception cref="ArgumentException">When a prefix word has fewer than three letters.</exception>
    public EventDetector(IReadOnlyList<EventRule> rules)
    {
        _rules = rules;
        for (var r = 0; r < rules.Count; r++)
        {
            foreach (var phrase in rules[r].Triggers)
            {
                Add(new Entry(r, false, Phrase.Parse(phrase)));
            }
            foreach (var phrase in rules[r].Requires)
            {
                Add(new Entry(r, true, Phrase.Parse(phrase)));
            }
        }
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLookup = _prefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The detector over <see cref="EventRules.Default"/>.</summary>
    public static EventDetector Default => Shared.Value;

    /// <summary>The events named in <paramref name="title"/> or <paramref name="text"/>, one per rule, in rule order.</summary>
    public IReadOnlyList<DetectedEvent> Detect(string title, string? text)
    {
        var inTitle = Fired(title);
        var inText = string.IsNullOrEmpty(text) ? new bool[_rules.Count] : Fired(text);
        var found = new List<DetectedEvent>();
        for (var r = 0; r < _rules.Count; r++)
        {
            if (inTitle[r] || inText[r])
            {
                found.Add(new DetectedEvent(_rules[r], inTitle[r]));
            }
        }
        return found;
    }

    private bool[] Fired(string text)
    {
        var words = EventText.Split(text);
        var hits = new List<Hit>();
        for (var i = 0; i < words.Tokens.Count; i++)
        {
            var word = words.Word(i);
            if (_exactLookup.TryGetValue(word, out var exact))
            {
                Collect(exact, words, i, hits);
            }
            if (word.Length >= PrefixKey && _prefixLookup.TryGetValue(word[..PrefixKey], out var prefixed))
            {
                Collect(prefixed, words, i, hits);
            }
        }

        var fired = new bool[_rules.Count];
        foreach (var trigger in hits)
        {
            if (trigger.IsRequire || trigger.Negated || fired[trigger.Rule])
            {
                continue;
            }
            fired[trigger.Rule] = _rules[trigger.Rule].Requires.Count == 0 || HasRequirement(hits, trigger);
        }
        return fired;
    }

    private static bool HasRequirement(List<Hit> hits, Hit trigger)
    {
        foreach (var h in hits)
        {
            if (h.IsRequire && !h.Negated && h.Rule == trigger.Rule && h.Sentence == trigger.Sentence)
            {
                return true;
            }
        }
        return false;
    }

    private static void Collect(List<Entry> entries, EventText words, int at, List<Hit> hits)
    {
        foreach (var entry in entries)
        {
            if (entry.Phrase.MatchesAt(words, at))
            {
                hits.Add(new Hit(entry.Rule, entry.IsRequire, words.Tokens[at].Sentence, IsNegated(words, at)));
            }
        }
    }

    private static bool IsNegated(EventText words, int at)
    {
        var clause = words.Tokens[at].Clause;
        for (var j = at - 1; j >= 0 && j >= at - NegationWindow && words.Tokens[j].Clause == clause; j--)
        {
            var w = words.Word(j);
            if (NegatorLookup.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private void Add(Entry entry)
    {
        var first = entry.Phrase.Words[0];
        var (map, key) = first.EndsWith('*') ? (_prefix, first[..PrefixKey]) : (_exact, first);
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        list.Add(entry);
    }

    private sealed record Entry(int Rule, bool IsRequire, Phrase Phrase);

    private readonly record struct Hit(int Rule, bool IsRequire, int Sentence, bool Negated);

    private sealed record Phrase(string[] Words)
    {
        public static Phrase Parse(string phrase)
        {
            var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Any(w => w.EndsWith('*') && w.Length <= PrefixKey))
            {
                throw new ArgumentException($"event phrase needs words, and prefixes at least {PrefixKey} letters: '{phrase}'", nameof(phrase));
            }
            return new Phrase(words);
        }

        public bool MatchesAt(EventText words, int at)
        {
            if (at + Words.Length > words.Tokens.Count)
            {
                return false;
            }
            var sentence = words.Tokens[at].Sentence;
            for (var k = 0; k < Words.Length; k++)
            {
                var token = words.Word(at + k);
                var word = Words[k];
                var ok = word.EndsWith('*')
                    ? token.StartsWith(word.AsSpan(0, word.Length - 1), StringComparison.Ordinal)
                    : token.SequenceEqual(word);
                if (!ok || words.Tokens[at + k].Sentence != sentence)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
