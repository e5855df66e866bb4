namespace Coinwire.App.Web.Api;

/// <summary>A page of a list: <c>{items, total, page, pageSize}</c>.</summary>
/// <typeparam name="T">Item type.</typeparam>
/// <param name="Items">Items on this page.</param>
/// <param name="Total">Items on all pages.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Page size.</param>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>An article's source as named in its file.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Key">Key.</param>
/// <param name="Type">RSS, ATOM, JSON_FEED or MANUAL.</param>
public sealed record ApiSourceRef(string? Name, string? Key, string? Type);

/// <summary>A cover image.</summary>
/// <param name="Regular">1080-wide URL.</param>
/// <param name="Small">400-wide URL.</param>
/// <param name="Thumb">200-wide URL.</param>
/// <param name="Alt">Alternative text.</param>
/// <param name="CreditName">Photographer.</param>
/// <param name="CreditUrl">Photographer's page.</param>
public sealed record ApiCover(string? Regular, string? Small, string? Thumb, string Alt, string? CreditName, string? CreditUrl);

/// <summary>An article in a list.</summary>
/// <param name="Slug">Slug.</param>
/// <param name="Url">Absolute page URL.</param>
/// <param name="Title">Title (mojibake repaired).</param>
/// <param name="Description">Description (mojibake repaired).</param>
/// <param name="PublishedAt">Source's time (UTC).</param>
/// <param name="UpdatedAt">Last change (UTC).</param>
/// <param name="Lang">ISO 639-1.</param>
/// <param name="Category">Primary coin or topic.</param>
/// <param name="Tags">Tickers then topics.</param>
/// <param name="Coins">Tickers.</param>
/// <param name="Sentiment">POSITIVE, NEGATIVE or NEUTRAL.</param>
/// <param name="Score">0–100.</param>
/// <param name="StickyWeight">Pin weight.</param>
/// <param name="Source">Source.</param>
/// <param name="CoverImage">Cover image.</param>
public sealed record ApiArticle(
    string Slug, string Url, string Title, string Description, DateTime PublishedAt, DateTime UpdatedAt, string Lang,
    string? Category, IReadOnlyList<string> Tags, IReadOnlyList<string> Coins, string? Sentiment, int Score, int StickyWeight,
    ApiSourceRef Source, ApiCover? CoverImage);

/// <summary>One part of a score.</summary>
/// <param name="Part">What was counted.</param>
/// <param name="Points">Its value.</param>
public sealed record ApiScorePart(string Part, string Points);

/// <summary>An item of the article's story.</summary>
/// <param name="Source">Source name.</param>
/// <param name="SourceKey">Source key.</param>
/// <param name="Title">Item title.</param>
/// <param name="Link">Item link.</param>
/// <param name="PublishedAt">Item time.</param>
public sealed record ApiStoryItem(string Source, string SourceKey, string Title, string? Link, DateTime PublishedAt);

/// <summary>A whole article.</summary>
/// <param name="Article">The list fields.</param>
/// <param name="Body">The Markdown body.</param>
/// <param name="BodyHtml">The body as sanitized HTML.</param>
/// <param name="Markdown">The whole article file.</param>
/// <param name="ScoreBreakdown">The score's parts, when the story was scored.</param>
/// <param name="Sources">Every item of the story.</param>
public sealed record ApiArticleDetail(
    ApiArticle Article, string Body, string BodyHtml, string Markdown, IReadOnlyList<ApiScorePart> ScoreBreakdown, IReadOnlyList<ApiStoryItem> Sources);

/// <summary>A coin with published articles.</summary>
/// <param name="Ticker">Ticker.</param>
/// <param name="Name">Name, when known.</param>
/// <param name="Articles">Published articles tagged with it.</param>
/// <param name="LatestAt">Newest such article.</param>
/// <param name="Url">Its page.</param>
public sealed record ApiCoin(string Ticker, string? Name, int Articles, DateTime LatestAt, string Url);

/// <summary>A configured source and its health.</summary>
/// <param name="Key">Key.</param>
/// <param name="Name">Name.</param>
/// <param name="Url">Feed URL.</param>
/// <param name="Type">Declared type.</param>
/// <param name="Lang">Language.</param>
/// <param name="Weight">Trust.</param>
/// <param name="Enabled">Polled or not.</param>
/// <param name="LastStatus">Outcome of the last fetch.</param>
/// <param name="LastHttpStatus">HTTP status of the last fetch.</param>
/// <param name="LastError">Last error message.</param>
/// <param name="LastFetchAt">Last fetch time.</param>
/// <param name="LastSuccessAt">Last time new content came.</param>
/// <param name="ErrorCount">Consecutive failures.</param>
/// <param name="NextPollAt">Next poll.</param>
/// <param name="ETag">ETag held.</param>
/// <param name="LastModified">Last-Modified held.</param>
/// <param name="Items">Distinct items stored.</param>
public sealed record ApiSource(
    string Key, string Name, string Url, string Type, string Lang, double Weight, bool Enabled, string? LastStatus,
    int? LastHttpStatus, string? LastError, DateTime? LastFetchAt, DateTime? LastSuccessAt, int ErrorCount, DateTime? NextPollAt,
    string? ETag, string? LastModified, int Items);
