using Coinwire.Articles;
using Coinwire.Storage.Entities;

namespace Coinwire.Publishing;

/// <summary>Copies an article file's fields into the columns of an <see cref="ArticleRecord"/>.</summary>
public static class ArticleFields
{
    /// <summary>Sets <paramref name="record"/>'s Markdown to <paramref name="markdown"/> and its denormalized columns from <paramref name="article"/>.</summary>
    public static void Apply(ArticleRecord record, Article article, string markdown)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(article);
        record.Markdown = markdown;
        record.Title = article.Title ?? "";
        record.Category = Blank(article.Category);
        record.Tags = article.Tags is { Count: > 0 } tags ? string.Join(',', tags.Select(t => t.Trim()).Where(t => t.Length > 0)) : null;
        record.Sentiment = article.Sentiment is { } s ? ArticleEnumNames.ToName(s) : null;
        record.Score = article.Score ?? 0;
        record.StickyWeight = article.StickyWeight ?? 0;
        record.Draft = article.Draft ?? false;
        record.SourceKey = Blank(article.Source.Key);
        var published = article.PublishedAt ?? article.UpdatedAt ?? DateTime.UtcNow;
        record.PublishedAt = DateTime.SpecifyKind(published, DateTimeKind.Utc);
        record.UpdatedAt = DateTime.SpecifyKind(article.UpdatedAt ?? published, DateTimeKind.Utc);
    }

    /// <summary>The tags column split back into a list.</summary>
    public static IReadOnlyList<string> SplitTags(string? tags) =>
        string.IsNullOrEmpty(tags) ? [] : tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>True when <paramref name="tag"/> names a coin rather than a topic.</summary>
    public static bool IsCoin(string tag) => !ArticleEnumNames.Topics.Contains(tag, StringComparer.OrdinalIgnoreCase);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
