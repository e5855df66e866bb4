using Coinwire.Articles;
using Coinwire.Normalizing;
using Coinwire.Publishing;
using Coinwire.Storage.Entities;

namespace Coinwire.App.Web;

/// <summary>A cover image as shown: URLs plus attribution.</summary>
/// <param name="Regular">1080-wide URL.</param>
/// <param name="Small">400-wide URL.</param>
/// <param name="Thumb">200-wide URL.</param>
/// <param name="Alt">Alternative text.</param>
/// <param name="CreditName">Photographer.</param>
/// <param name="CreditUrl">Photographer's page.</param>
/// <param name="Provider">Image provider (e.g. unsplash).</param>
public sealed record CoverView(string? Regular, string? Small, string? Thumb, string Alt, string? CreditName, string? CreditUrl, string? Provider);

/// <summary>An article as the site and API show it: stored columns plus fields read from its file, mojibake repaired.</summary>
public sealed class ArticleView
{
    private ArticleView(ArticleRecord record) => Record = record;

    /// <summary>The stored record.</summary>
    public ArticleRecord Record { get; }

    /// <summary>Slug.</summary>
    public string Slug => Record.Slug;

    /// <summary>Title for display.</summary>
    public string Title { get; private init; } = "";

    /// <summary>Description for display.</summary>
    public string Description { get; private init; } = "";

    /// <summary>Markdown body for display.</summary>
    public string Body { get; private init; } = "";

    /// <summary>ISO 639-1 language.</summary>
    public string Lang { get; private init; } = "en";

    /// <summary>Source name.</summary>
    public string? SourceName { get; private init; }

    /// <summary>Source type (RSS, ATOM, JSON_FEED, MANUAL).</summary>
    public string? SourceType { get; private init; }

    /// <summary>The source's own id of the item.</summary>
    public string? ExternalId { get; private init; }

    /// <summary>Tags, primary first.</summary>
    public IReadOnlyList<string> Tags { get; private init; } = [];

    /// <summary>Coin tickers among the tags.</summary>
    public IReadOnlyList<string> Coins => [.. Tags.Where(ArticleFields.IsCoin)];

    /// <summary>Cover image, if any.</summary>
    public CoverView? Cover { get; private init; }

    /// <summary>Reads <paramref name="record"/>'s file; a file that no longer parses falls back to the columns.</summary>
    public static ArticleView From(ArticleRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Article? a = null;
        try
        {
            a = Article.Parse(record.Markdown);
        }
        catch (ArticleFormatException)
        {
            // Shown from the columns alone.
        }
        var title = Mojibake.Repair(a?.Title ?? record.Title);
        return new ArticleView(record)
        {
            Title = title,
            Description = Mojibake.Repair(a?.Description ?? ""),
            Body = Mojibake.Repair(a?.Body ?? ""),
            Lang = a?.Lang is { Length: > 0 } lang ? lang : "en",
            SourceName = a?.Source.Name is { } name ? Mojibake.Repair(name) : record.SourceKey,
            SourceType = a is null ? null : a.Source.Type is { } t ? ArticleEnumNames.ToName(t) : null,
            ExternalId = a?.ExternalId,
            Tags = ArticleFields.SplitTags(record.Tags),
            Cover = a is null ? null : CoverOf(a.CoverImage, title),
        };
    }

    private static string? Url(string? url) => HtmlBuilder.SafeUrl(CoverArt.Localize(url));

    private static CoverView? CoverOf(ArticleCoverImage c, string title)
    {
        var regular = Url(c.Regular ?? c.Full ?? c.Small);
        if (regular is null)
        {
            return null;
        }
        return new CoverView(regular, Url(c.Small), Url(c.Thumb ?? c.Small),
            string.IsNullOrWhiteSpace(c.Alt) ? title : c.Alt, c.Credit.Name, HtmlBuilder.SafeUrl(c.Credit.Url), c.Provider);
    }
}
