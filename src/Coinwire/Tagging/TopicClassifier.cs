namespace Coinwire.Tagging;

/// <summary>A topic and its keyword score for one text.</summary>
/// <param name="Topic">One of <see cref="Tagging.Topics.All"/>.</param>
/// <param name="Score">Weighted keyword hits (title hits count fully, body hits less).</param>
public sealed record TopicScore(string Topic, double Score);

/// <summary>
/// Keyword/rule classifier for the nine topics of DESIGN.md. One Aho-Corasick pass over the text finds every
/// keyword; scores are weighted sums. Thread-safe; build once (<see cref="Default"/>).
/// </summary>
public sealed class TopicClassifier
{
    /// <summary>Minimum score for a topic to be reported.</summary>
    public const double Threshold = 1.0;

    private const double BodyWeight = 0.35;
    private const double BodyCap = 2.0;

    // Specific topics win ties over the broad ones (MARKET, BUSINESS) that many texts touch.
    private static readonly string[] Priority =
    [
        Tagging.Topics.Security, Tagging.Topics.Stablecoins, Tagging.Topics.Mining, Tagging.Topics.Nft, Tagging.Topics.DeFi,
        Tagging.Topics.Regulation, Tagging.Topics.Technology, Tagging.Topics.Business, Tagging.Topics.Market,
    ];

    private static readonly Lazy<TopicClassifier> Shared = new(() => new TopicClassifier());

    private readonly AhoCorasick _automaton;
    private readonly (int Topic, double Weight, bool Prefix)[] _keywords;

    /// <summary>Builds the classifier from the built-in keyword lists.</summary>
    public TopicClassifier()
    {
        var patterns = new List<string>();
        var keywords = new List<(int, double, bool)>();
        foreach (var (topic, list) in TopicKeywords.ByTopic)
        {
            var topicIndex = Array.IndexOf(Priority, topic);
            foreach (var raw in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var weight = raw.StartsWith("!!", StringComparison.Ordinal) ? 3.0 : raw[0] switch { '~' => 0.5, '!' => 2.0, _ => 1.0 };
                var word = raw.TrimStart('~', '!');
                var prefix = word.EndsWith('*');
                patterns.Add(prefix ? word[..^1] : word);
                keywords.Add((topicIndex, weight, prefix));
            }
        }
        _automaton = new AhoCorasick(patterns);
        _keywords = [.. keywords];
    }

    /// <summary>The shared instance.</summary>
    public static TopicClassifier Default => Shared.Value;

    /// <summary>The topics this classifier knows (same as <see cref="Tagging.Topics.All"/>).</summary>
    public static IReadOnlyList<string> Topics => Tagging.Topics.All;

    /// <summary>Every topic with a positive score, best first (ties broken by specificity).</summary>
    public IReadOnlyList<TopicScore> Score(string title, string? body = null)
    {
        var scores = new double[Priority.Length];
        Accumulate(title, scores, 1.0, double.MaxValue);
        if (!string.IsNullOrEmpty(body))
        {
            var bodyScores = new double[Priority.Length];
            Accumulate(body, bodyScores, 1.0, double.MaxValue);
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] += BodyWeight * Math.Min(bodyScores[i], BodyCap / BodyWeight);
            }
        }
        return Enumerable.Range(0, Priority.Length)
            .Where(i => scores[i] > 0)
            .OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Select(i => new TopicScore(Priority[i], scores[i]))
            .ToList();
    }

    /// <summary>Topics whose score reaches <see cref="Threshold"/>, best first, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<string> Classify(string title, string? body = null, int max = 2)
    {
        var scores = Score(title, body);
        var top = scores.Count > 0 ? scores[0].Score : 0;
        return scores.Where(s => s.Score >= Threshold && s.Score >= top * 0.5).Take(max).Select(s => s.Topic).ToList();
    }

    private void Accumulate(string text, double[] scores, double weight, double cap)
    {
        var hits = new List<(int Pattern, int End)>();
        _automaton.Scan(text, hits);
        var seen = new HashSet<int>();
        foreach (var (pattern, end) in hits)
        {
            var (topic, w, prefix) = _keywords[pattern];
            var start = end - _automaton.PatternLength(pattern) + 1;
            if (!TextSpans.IsWordStart(text, start) || (!prefix && !TextSpans.IsWordEnd(text, end)))
            {
                continue;
            }
            // A keyword counts once per text: repetition says little about the topic.
            if (seen.Add(pattern))
            {
                scores[topic] = Math.Min(cap, scores[topic] + (w * weight));
            }
        }
    }
}
