using System.Data.Common;
using System.Text;
using Coinwire.Storage;
using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Publishing;

/// <summary>
/// Full-text search over article titles and bodies. On SQLite an FTS5 table <c>article_search</c> is kept in sync
/// by triggers on <c>articles</c> (so every writer, not only the importer, updates it); it is created outside the
/// EF migrations, at startup, when absent. On PostgreSQL the query uses <c>to_tsvector</c> with a GIN index.
/// </summary>
public static class SearchIndex
{
    // The body starts after the front matter's closing "\n---\n"; the front matter itself opens with "---\n".
    private const string BodyOf = "CASE WHEN instr(substr({0}.Markdown, 5), char(10) || '---' || char(10)) > 0 " +
        "THEN substr({0}.Markdown, instr(substr({0}.Markdown, 5), char(10) || '---' || char(10)) + 9) ELSE {0}.Markdown END";

    private static readonly string[] SqliteObjects = ["article_search", "article_search_ai", "article_search_ad", "article_search_au"];

    /// <summary>Creates the index (and fills it) when absent or incomplete. Safe to call at every start.</summary>
    public static async Task EnsureAsync(StoreFactory store, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var db = store.CreateContext();
        if (store.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE INDEX IF NOT EXISTS ix_articles_search ON articles USING GIN (to_tsvector('simple', \"Title\" || ' ' || \"Markdown\"))", ct);
            return;
        }
        var present = await CountSqliteObjectsAsync(db, ct);
        if (present == SqliteObjects.Length)
        {
            return;
        }
        string[] statements =
        [
            "DROP TRIGGER IF EXISTS article_search_ai",
            "DROP TRIGGER IF EXISTS article_search_ad",
            "DROP TRIGGER IF EXISTS article_search_au",
            "DROP TABLE IF EXISTS article_search",
            "CREATE VIRTUAL TABLE article_search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')",
            $"CREATE TRIGGER article_search_ai AFTER INSERT ON articles BEGIN INSERT INTO article_search(rowid, title, body) VALUES (new.Id, new.Title, {string.Format(null, BodyOf, "new")}); END",
            "CREATE TRIGGER article_search_ad AFTER DELETE ON articles BEGIN DELETE FROM article_search WHERE rowid = old.Id; END",
            $"CREATE TRIGGER article_search_au AFTER UPDATE OF Title, Markdown ON articles BEGIN DELETE FROM article_search WHERE rowid = old.Id; INSERT INTO article_search(rowid, title, body) VALUES (new.Id, new.Title, {string.Format(null, BodyOf, "new")}); END",
            $"INSERT INTO article_search(rowid, title, body) SELECT Id, Title, {string.Format(null, BodyOf, "articles")} FROM articles",
        ];
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var sql in statements)
        {
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>Published articles matching <paramref name="query"/>, best first.</summary>
    public static async Task<(IReadOnlyList<ArticleRecord> Items, int Total)> SearchAsync(
        StoreFactory store, string query, int page, int pageSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var terms = Terms(query);
        if (terms.Count == 0)
        {
            return ([], 0);
        }
        await using var db = store.CreateContext();
        IQueryable<ArticleRecord> matches;
        if (store.Provider == DatabaseProvider.Postgres)
        {
            var tsQuery = string.Join(" & ", terms.Select(t => t.Replace("'", "''", StringComparison.Ordinal) + ":*"));
            matches = db.Articles.FromSqlRaw(
                "SELECT a.* FROM articles a WHERE NOT a.\"Draft\" AND to_tsvector('simple', a.\"Title\" || ' ' || a.\"Markdown\") @@ to_tsquery('simple', {0}) " +
                "ORDER BY ts_rank(to_tsvector('simple', a.\"Title\" || ' ' || a.\"Markdown\"), to_tsquery('simple', {0})) DESC, a.\"PublishedAt\" DESC",
                tsQuery);
        }
        else
        {
            // Every term quoted: user input never reaches the FTS5 query syntax; the last term matches as a prefix.
            var fts = string.Join(' ', terms.Select((t, i) => "\"" + t + "\"" + (i == terms.Count - 1 ? "*" : "")));
            matches = db.Articles.FromSqlRaw(
                "SELECT a.* FROM articles a JOIN article_search s ON s.rowid = a.Id WHERE article_search MATCH {0} AND a.Draft = 0 " +
                "ORDER BY bm25(article_search, 4.0, 1.0), a.PublishedAt DESC",
                fts);
        }
        var all = await matches.AsNoTracking().ToListAsync(ct);
        return (all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), all.Count);
    }

    /// <summary>The words of a search query: letters and digits only, at most 16.</summary>
    public static IReadOnlyList<string> Terms(string? query)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(query))
        {
            return terms;
        }
        var sb = new StringBuilder();
        foreach (var c in query.Length > 500 ? query[..500] : query)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0)
            {
                terms.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0)
        {
            terms.Add(sb.ToString());
        }
        return terms.Distinct().Take(16).ToList();
    }

    private static async Task<int> CountSqliteObjectsAsync(CoinwireDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using DbCommand cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE name IN ('article_search', 'article_search_ai', 'article_search_ad', 'article_search_au')";
            return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
