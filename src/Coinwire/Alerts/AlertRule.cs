using System.Text.RegularExpressions;

namespace Coinwire.Alerts;

/// <summary>A rule ready to test stories against: the options with their lists as sets and the keywords as one regex.</summary>
public sealed class AlertRule
{
    private readonly HashSet<string> coins;
    private readonly HashSet<string> categories;
    private readonly int minScore;
    private readonly string? sentiment;
    private readonly Regex? keywords;

    /// <summary>Compiles <paramref name="options"/>.</summary>
    public AlertRule(AlertRuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Name = options.Name;
        Channels = options.Channels.ToList();
        coins = Set(options.Coins);
        categories = Set(options.Categories);
        minScore = options.MinScore;
        sentiment = string.IsNullOrWhiteSpace(options.Sentiment) ? null : options.Sentiment.Trim();
        var words = options.Keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Regex.Escape(k.Trim())).ToList();
        // Whole words: no letter or digit may touch the keyword on either side ("ETF" is not found in "ETFs" or "BETF").
        keywords = words.Count == 0 ? null
            : new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', words)})(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The rule's name.</summary>
    public string Name { get; }

    /// <summary>Channels to send to.</summary>
    public IReadOnlyList<string> Channels { get; }

    /// <summary>True when every condition the rule sets holds for <paramref name="message"/>.</summary>
    public bool Matches(AlertMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return (coins.Count == 0 || message.Coins.Any(coins.Contains))
            && (categories.Count == 0 || message.Categories.Any(categories.Contains))
            && message.Score >= minScore
            && (sentiment is null || string.Equals(sentiment, message.Sentiment, StringComparison.OrdinalIgnoreCase))
            && (keywords is null || keywords.IsMatch(message.Title) || keywords.IsMatch(message.Summary));
    }

    private static HashSet<string> Set(IEnumerable<string> values) =>
        new(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()), StringComparer.OrdinalIgnoreCase);
}
