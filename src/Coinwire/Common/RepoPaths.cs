namespace Coinwire.Common;

/// <summary>
/// Finds the repository root (the folder holding <c>Coinwire.slnx</c>) and the shared data beside it,
/// so code and tests refer to <c>../shared/...</c> relative to the repo root, never to a machine path.
/// </summary>
public static class RepoPaths
{
    /// <summary>The repository root, searched upward from <paramref name="start"/> (default: the app base directory, then the current directory).</summary>
    /// <returns>The root folder, or <see langword="null"/> when not run from a checkout.</returns>
    public static string? FindRoot(string? start = null)
    {
        foreach (var origin in start is null ? [AppContext.BaseDirectory, Directory.GetCurrentDirectory()] : new[] { start })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Coinwire.slnx")))
                {
                    return dir.FullName;
                }
            }
        }
        return null;
    }

    /// <summary>The <c>../shared</c> folder beside the repository root.</summary>
    /// <exception cref="DirectoryNotFoundException">When no checkout or no shared folder is found.</exception>
    public static string Shared()
    {
        var root = FindRoot() ?? throw new DirectoryNotFoundException("Coinwire.slnx not found above the current directory.");
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        return Directory.Exists(shared) ? shared : throw new DirectoryNotFoundException($"Shared data folder not found: {shared}");
    }

    /// <summary>A path under <c>../shared</c>, e.g. <c>Shared("corpus", "feeds")</c>.</summary>
    public static string Shared(params string[] parts) => Path.Combine([Shared(), .. parts]);
}
