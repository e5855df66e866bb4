using System.Text.RegularExpressions;
using Coinwire.Articles;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Publishing;

/// <summary>
/// Editor changes to stored articles (pin, publish, title and sections). Every change goes through <see cref="Article"/>
/// so the stored file stays in the contract's format, and bumps <c>updatedAt</c>.
/// </summary>
public sealed partial class ArticleEditor(StoreFactory store, TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>Sets the pin weight (0 unpins).</summary>
    /// <returns>False when there is no such article.</returns>
    public Task<bool> PinAsync(string slug, int weight, CancellationToken ct = default) =>
        ChangeAsync(slug, (_, a) => a.StickyWeight = Math.Clamp(weight, 0, 1_000_000), ct);

    /// <summary>Publishes (<paramref name="publish"/> true) or turns the article back into a draft.</summary>
    /// <returns>False when there is no such article.</returns>
    public Task<bool> SetDraftAsync(string slug, bool publish, CancellationToken ct = default) =>
        ChangeAsync(slug, (r, a) =>
        {
            a.Draft = !publish;
            if (publish)
            {
                r.DraftReasons = null;
            }
        }, ct);

    /// <summary>
    /// The article with a new title and sections, without saving it: the caller previews or validates it.
    /// The description follows the Overview section when there is one.
    /// </summary>
    public static Article Edit(string markdown, string title, IReadOnlyList<ArticleSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var a = Article.Parse(markdown);
        a.Title = Whitespace().Replace(title ?? "", " ").Trim();
        a.Body = ArticleSections.Join(sections);
        if (sections.FirstOrDefault(s => s.Heading == "Overview") is { } overview)
        {
            a.Description = Description.FromOverview(overview.Text);
        }
        return a;
    }

    /// <summary>Saves a title and sections edit; the slug stays.</summary>
    /// <returns>The contract errors that prevented saving (empty on success), or null when there is no such article.</returns>
    public async Task<IReadOnlyList<ValidationFinding>?> SaveAsync(string slug, string title, IReadOnlyList<ArticleSection> sections, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var record = await db.Articles.FirstOrDefaultAsync(a => a.Slug == slug, ct);
        if (record is null)
        {
            return null;
        }
        var article = Edit(record.Markdown, title, sections);
        article.UpdatedAt = Now();
        var text = article.Render();
        var errors = ArticleValidator.Check(text).Where(f => f.Severity == FindingSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }
        ArticleFields.Apply(record, article, text);
        await db.SaveChangesAsync(ct);
        return [];
    }

    private async Task<bool> ChangeAsync(string slug, Action<ArticleRecord, Article> change, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        var record = await db.Articles.FirstOrDefaultAsync(a => a.Slug == slug, ct);
        if (record is null)
        {
            return false;
        }
        var article = Article.Parse(record.Markdown);
        change(record, article);
        article.UpdatedAt = Now();
        ArticleFields.Apply(record, article, article.Render());
        await db.SaveChangesAsync(ct);
        return true;
    }

    // Milliseconds only: the file keeps yyyy-MM-ddTHH:mm:ss.fffZ.
    private DateTime Now()
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
