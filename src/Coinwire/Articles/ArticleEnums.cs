namespace Coinwire.Articles;

/// <summary>The <c>sentiment</c> of an article (written upper-case).</summary>
public enum ArticleSentiment
{
    /// <summary><c>POSITIVE</c>.</summary>
    Positive,

    /// <summary><c>NEGATIVE</c>.</summary>
    Negative,

    /// <summary><c>NEUTRAL</c>.</summary>
    Neutral,
}

/// <summary>The <c>source.type</c> of an article.</summary>
public enum ArticleSourceType
{
    /// <summary><c>RSS</c>.</summary>
    Rss,

    /// <summary><c>ATOM</c>.</summary>
    Atom,

    /// <summary><c>JSON_FEED</c>.</summary>
    JsonFeed,

    /// <summary><c>MANUAL</c>.</summary>
    Manual,
}

/// <summary>The spellings of the article enums in files.</summary>
public static class ArticleEnumNames
{
    /// <summary>The allowed <c>sentiment</c> values.</summary>
    public static IReadOnlyList<string> Sentiments { get; } = ["POSITIVE", "NEGATIVE", "NEUTRAL"];

    /// <summary>The allowed <c>source.type</c> values.</summary>
    public static IReadOnlyList<string> SourceTypes { get; } = ["RSS", "ATOM", "JSON_FEED", "MANUAL"];

    /// <summary>The topic categories (a category is otherwise an upper-case coin ticker).</summary>
    public static IReadOnlyList<string> Topics { get; } =
        ["MARKET", "REGULATION", "DEFI", "NFT", "STABLECOINS", "MINING", "SECURITY", "BUSINESS", "TECHNOLOGY"];

    /// <summary>The file spelling of <paramref name="value"/>.</summary>
    public static string ToName(ArticleSentiment value) => Sentiments[(int)value];

    /// <summary>The file spelling of <paramref name="value"/>.</summary>
    public static string ToName(ArticleSourceType value) => SourceTypes[(int)value];

    /// <summary>The sentiment spelled <paramref name="name"/>, or null when it is not one.</summary>
    public static ArticleSentiment? ParseSentiment(string? name) =>
        Sentiments.IndexOf(name) is var i and >= 0 ? (ArticleSentiment)i : null;

    /// <summary>The source type spelled <paramref name="name"/>, or null when it is not one.</summary>
    public static ArticleSourceType? ParseSourceType(string? name) =>
        SourceTypes.IndexOf(name) is var i and >= 0 ? (ArticleSourceType)i : null;

    private static int IndexOf(this IReadOnlyList<string> list, string? value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }
        return -1;
    }
}
