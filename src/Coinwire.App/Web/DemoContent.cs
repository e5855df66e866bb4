using Coinwire.Common;
using Coinwire.Publishing;
using Coinwire.Storage;

namespace Coinwire.App.Web;

/// <summary>The bundled demo articles (<c>samples/articles/</c>), imported by <c>coinwire run --demo</c>.</summary>
public static class DemoContent
{
    /// <summary>The sample folder: beside the executable, else in the checkout.</summary>
    public static string? Folder()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "samples", "articles");
        if (Directory.Exists(beside))
        {
            return beside;
        }
        return RepoPaths.FindRoot() is { } root && Directory.Exists(Path.Combine(root, "samples", "articles"))
            ? Path.Combine(root, "samples", "articles")
            : null;
    }

    /// <summary>Imports the samples; idempotent (unchanged files stay unchanged).</summary>
    /// <returns>The number of articles imported or already present.</returns>
    public static async Task<int> ImportAsync(StoreFactory store, ILogger logger, CancellationToken ct)
    {
        var folder = Folder();
        if (folder is null)
        {
            logger.LogWarning("Demo: no samples/articles folder found beside the executable or in the checkout");
            return 0;
        }
        var entries = await ArticleFolder.ImportAsync(store, folder, ct);
        foreach (var e in entries.Where(e => e.Error is not null))
        {
            logger.LogWarning("Demo: {File}: {Error}", Path.GetFileName(e.File), e.Error);
        }
        return entries.Count(e => e.Result is not null);
    }
}
