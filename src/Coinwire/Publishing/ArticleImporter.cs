using Coinwire.Articles;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Publishing;

/// <summary>What importing one article file did.</summary>
public enum ImportAction
{
    /// <summary>A new article was stored.</summary>
    Created,

    /// <summary>An existing article got the new text.</summary>
    Updated,

    /// <summary>The stored text was already identical.</summary>
    Unchanged,
}

/// <summary>The result of importing one article file.</summary>
/// <param name="Slug">The article's slug in the store.</param>
/// <param name="Action">What happened.</param>
public sealed record ImportResult(string Slug, ImportAction Action);

/// <summary>A file that cannot be imported: the message is one line.</summary>
public sealed class ArticleImportException(string message) : Exception(message);

/// <summary>
/// Stores article files as <see cref="ArticleRecord"/>s. An article is matched to a stored one by
/// (<c>source.key</c>, <c>externalId</c>) first, then by the slug of its title when the stored article does not
/// belong to another item; otherwise it is new and gets a unique slug (<c>-2</c>, <c>-3</c> …).
/// The stored Markdown is the file's text unchanged, so an export gives the same bytes.
/// </summary>
public sealed class ArticleImporter(StoreFactory store)
{
    /// <summary>Validates <paramref name="text"/> and creates or updates its article.</summary>
    /// <exception cref="ArticleImportException">The file breaks the article contract.</exception>
    public async Task<ImportResult> ImportAsync(string text, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var error = ArticleValidator.Check(text).FirstOrDefault(f => f.Severity == FindingSeverity.Error);
        if (error is not null)
        {
            throw new ArticleImportException($"{error.Field}: {error.Message}");
        }
        var article = Article.Parse(text);
        await using var db = store.CreateContext();
        var existing = await FindAsync(db, article, ct);
        if (existing is not null && existing.Markdown == text)
        {
            return new ImportResult(existing.Slug, ImportAction.Unchanged);
        }
        var record = existing;
        if (record is null)
        {
            record = new ArticleRecord { Slug = await ArticleSlugs.FreeAsync(db, article.Title, ct), Markdown = text, Title = "" };
            db.Articles.Add(record);
        }
        ArticleFields.Apply(record, article, text);
        await db.SaveChangesAsync(ct);
        return new ImportResult(record.Slug, existing is null ? ImportAction.Created : ImportAction.Updated);
    }

    private static async Task<ArticleRecord?> FindAsync(CoinwireDbContext db, Article article, CancellationToken ct)
    {
        var key = article.Source.Key;
        var externalId = article.ExternalId;
        if (!string.IsNullOrEmpty(key) && !string.IsNullOrEmpty(externalId))
        {
            // The external id lives only in the file; the source key narrows the candidates.
            var candidates = await db.Articles.Where(a => a.SourceKey == key).ToListAsync(ct);
            var match = candidates.FirstOrDefault(a => ExternalIdOf(a) == externalId);
            if (match is not null)
            {
                return match;
            }
        }
        var slug = Slug.From(article.Title);
        var bySlug = await db.Articles.FirstOrDefaultAsync(a => a.Slug == slug, ct);
        if (bySlug is null)
        {
            return null;
        }
        // Same title but provably another item (another source or id): not the same article.
        var otherId = ExternalIdOf(bySlug);
        var sameItem = string.IsNullOrEmpty(externalId) || string.IsNullOrEmpty(otherId)
            || (otherId == externalId && bySlug.SourceKey == key);
        return sameItem ? bySlug : null;
    }

    private static string? ExternalIdOf(ArticleRecord record)
    {
        try
        {
            return Article.Parse(record.Markdown).ExternalId;
        }
        catch (ArticleFormatException)
        {
            return null;
        }
    }
}
