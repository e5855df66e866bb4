using Coinwire.Storage;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Publishing;

/// <summary>Free article slugs in the store.</summary>
public static class ArticleSlugs
{
    /// <summary>
    /// The slug of <paramref name="title"/>, suffixed (<c>-2</c>, <c>-3</c> …) past every slug stored or added to
    /// <paramref name="db"/> but not saved yet (a batch that publishes two stories with one title).
    /// </summary>
    public static async Task<string> FreeAsync(CoinwireDbContext db, string? title, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var slug = Slug.From(title);
        var taken = (await db.Articles.Where(a => a.Slug == slug || a.Slug.StartsWith(slug + "-")).Select(a => a.Slug).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        taken.UnionWith(db.Articles.Local.Select(a => a.Slug));
        return Slug.Unique(slug, taken.Contains);
    }
}
