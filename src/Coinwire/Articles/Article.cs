namespace Coinwire.Articles;

/// <summary>
/// A Coinwire article: typed accessors over an ordered <see cref="FrontMatterDocument"/>. Unknown keys and key order
/// survive every read and write; see <see cref="FrontMatterView"/> for how writes are placed.
/// </summary>
public sealed class Article : FrontMatterView
{
    /// <summary>The contract's top-level keys, in order.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "title", "description", "publishedAt", "updatedAt", "lang", "externalId", "source", "category", "tags",
        "stickyWeight", "sentiment", "score", "draft", "coverImage", "ai",
    ];

    /// <summary>Creates an empty article (no front matter, empty body).</summary>
    public Article()
        : this(new FrontMatterDocument())
    {
    }

    /// <summary>Wraps <paramref name="document"/>; reads and writes go to it.</summary>
    public Article(FrontMatterDocument document)
        : this(document ?? throw new ArgumentNullException(nameof(document)), document.Data)
    {
    }

    private Article(FrontMatterDocument document, FrontMatterMapping data)
        : base(() => data, () => data)
    {
        Document = document;
        Source = new ArticleSource(Child("source"));
        CoverImage = new ArticleCoverImage(Child("coverImage"));
        Ai = new ArticleAi(Child("ai"));
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string> KnownKeys => Keys;

    /// <summary>The underlying document.</summary>
    public FrontMatterDocument Document { get; }

    /// <summary>Reads an article file.</summary>
    /// <exception cref="ArticleFormatException">When the file is malformed.</exception>
    public static Article Parse(string text) => new(FrontMatterDocument.Parse(text));

    /// <summary>The file exactly as gray-matter would write it.</summary>
    public string Render() => Document.Render();

    /// <summary><c>title</c>: plain text.</summary>
    public string? Title { get => GetString("title"); set => SetString("title", value); }

    /// <summary><c>description</c>: the Overview cut by <see cref="Articles.Description.FromOverview"/>.</summary>
    public string? Description { get => GetString("description"); set => SetString("description", value); }

    /// <summary><c>publishedAt</c> (UTC): the source's time.</summary>
    public DateTime? PublishedAt { get => GetTimestamp("publishedAt"); set => SetTimestamp("publishedAt", value); }

    /// <summary><c>updatedAt</c> (UTC): the last change.</summary>
    public DateTime? UpdatedAt { get => GetTimestamp("updatedAt"); set => SetTimestamp("updatedAt", value); }

    /// <summary><c>lang</c>: ISO 639-1.</summary>
    public string? Lang { get => GetString("lang"); set => SetString("lang", value); }

    /// <summary><c>externalId</c>: the source's own id (always written as a string).</summary>
    public string? ExternalId { get => GetString("externalId"); set => SetString("externalId", value); }

    /// <summary><c>source</c>: name, key, type.</summary>
    public ArticleSource Source { get; }

    /// <summary><c>category</c>: a coin ticker or a topic.</summary>
    public string? Category { get => GetString("category"); set => SetString("category", value); }

    /// <summary><c>tags</c>: coin tickers, primary first, then topics.</summary>
    public IReadOnlyList<string>? Tags
    {
        get => Get("tags") is FrontMatterSequence seq
            ? [.. seq.Items.OfType<FrontMatterScalar>().Where(s => s.Kind != ScalarKind.Null).Select(s => s.ToString())]
            : null;
        set => Set("tags", value is null ? null : FrontMatterSequence.OfStrings(value));
    }

    /// <summary><c>stickyWeight</c>: the editor's pin, 0 when not pinned.</summary>
    public int? StickyWeight { get => GetInt("stickyWeight"); set => SetInt("stickyWeight", value); }

    /// <summary><c>sentiment</c>; null when absent or not one of the three values.</summary>
    public ArticleSentiment? Sentiment
    {
        get => ArticleEnumNames.ParseSentiment(GetString("sentiment"));
        set => SetString("sentiment", value is null ? null : ArticleEnumNames.ToName(value.Value));
    }

    /// <summary><c>score</c>: importance 0–100.</summary>
    public int? Score { get => GetInt("score"); set => SetInt("score", value); }

    /// <summary><c>draft</c>: drafts are stored but not published.</summary>
    public bool? Draft { get => GetBool("draft"); set => SetBool("draft", value); }

    /// <summary><c>coverImage</c>: Unsplash-style URLs and attribution.</summary>
    public ArticleCoverImage CoverImage { get; }

    /// <summary><c>ai</c>: how the text was rewritten.</summary>
    public ArticleAi Ai { get; }

    /// <summary>The Markdown body.</summary>
    public string Body { get => Document.Body; set => Document.Body = value ?? throw new ArgumentNullException(nameof(value)); }
}
