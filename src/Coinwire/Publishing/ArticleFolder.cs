using System.Text;
using Coinwire.Articles;
using Coinwire.Storage;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.Publishing;

/// <summary>The outcome for one file of a folder import: a result or a one-line error.</summary>
/// <param name="File">The file's path.</param>
/// <param name="Result">What was stored, when it worked.</param>
/// <param name="Error">Why it was skipped, when it failed.</param>
public sealed record FolderImportEntry(string File, ImportResult? Result, string? Error);

/// <summary>Imports a folder of <c>*.md</c> article files and exports stored articles as <c>{slug}.md</c>.</summary>
public static class ArticleFolder
{
    /// <summary>Largest article file read.</summary>
    public const long MaxFileBytes = 4L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Imports every <c>*.md</c> file directly in <paramref name="dir"/>, in name order; bad files are reported and skipped.</summary>
    public static async Task<IReadOnlyList<FolderImportEntry>> ImportAsync(StoreFactory store, string dir, CancellationToken ct = default)
    {
        var importer = new ArticleImporter(store);
        var entries = new List<FolderImportEntry>();
        foreach (var file in Directory.EnumerateFiles(dir, "*.md").Order(StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            string? error;
            try
            {
                var text = Read(file);
                entries.Add(new FolderImportEntry(file, await importer.ImportAsync(text, ct), null));
                continue;
            }
            catch (ArticleImportException e)
            {
                error = e.Message;
            }
            catch (ArticleFormatException e)
            {
                error = e.Message;
            }
            catch (DecoderFallbackException)
            {
                error = "not UTF-8 text";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error = $"cannot read: {e.Message}";
            }
            entries.Add(new FolderImportEntry(file, null, error.ReplaceLineEndings(" ")));
        }
        return entries;
    }

    /// <summary>Writes every stored article to <c>{slug}.md</c> in <paramref name="dir"/>, byte for byte as stored.</summary>
    /// <returns>The files written.</returns>
    public static async Task<IReadOnlyList<string>> ExportAsync(StoreFactory store, string dir, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        Directory.CreateDirectory(dir);
        await using var db = store.CreateContext();
        var written = new List<string>();
        await foreach (var article in db.Articles.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!Slug.IsValid(article.Slug))
            {
                continue; // never let a stored slug choose a path outside the folder
            }
            var path = Path.Combine(dir, article.Slug + ".md");
            await File.WriteAllTextAsync(path, article.Markdown, StrictUtf8, ct);
            written.Add(path);
        }
        return written;
    }

    private static string Read(string file)
    {
        var length = new FileInfo(file).Length;
        if (length > MaxFileBytes)
        {
            throw new ArticleImportException($"file is too large ({length:N0} bytes)");
        }
        return StrictUtf8.GetString(File.ReadAllBytes(file));
    }
}
