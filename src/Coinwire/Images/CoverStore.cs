using System.Text;
using Microsoft.Extensions.Options;

namespace Coinwire.Images;

/// <summary>Generated covers on disk, <c>{data}/covers/{key}.svg</c>, where the web tier serves <c>/covers/{key}.svg</c> from.</summary>
public sealed class CoverStore
{
    private readonly Func<string> _dataDirectory;

    /// <summary>A store under <paramref name="dataDirectory"/>.</summary>
    public CoverStore(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        _dataDirectory = () => dataDirectory;
    }

    /// <summary>A store under <see cref="ImagesOptions.DataDirectory"/>.</summary>
    public CoverStore(IOptionsMonitor<ImagesOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _dataDirectory = () => options.CurrentValue.DataDirectory;
    }

    /// <summary>The directory holding the covers.</summary>
    public string Directory => Path.Combine(_dataDirectory(), "covers");

    /// <summary>The file of <paramref name="key"/>; throws for a key that is not one <see cref="GeneratedCover.Key"/> makes.</summary>
    public string PathFor(string key)
    {
        if (!IsValidKey(key))
            throw new ArgumentException($"not a cover key: {key}", nameof(key));
        return Path.Combine(Directory, key + ".svg");
    }

    /// <summary>Whether <paramref name="key"/> has the form of a cover key (lower-case letters, digits and dashes), so it can name a file.</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= 64 } && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && key[0] != '-';

    /// <summary>Writes the cover of <paramref name="subject"/> unless it is there already; returns its path.</summary>
    public async Task<string> SaveAsync(CoverSubject subject, CancellationToken cancellationToken = default)
    {
        var path = PathFor(GeneratedCover.Key(subject));
        if (File.Exists(path))
            return path;
        System.IO.Directory.CreateDirectory(Directory);
        // Written aside and moved, so a reader never sees half a file and concurrent writers of one key agree.
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temp, GeneratedCover.Svg(subject), new UTF8Encoding(false), cancellationToken);
        File.Move(temp, path, overwrite: true);
        return path;
    }

    /// <summary>Opens the cover <paramref name="key"/> for reading, or <see langword="null"/> when the key is invalid or absent.</summary>
    public Stream? Open(string key) =>
        IsValidKey(key) && File.Exists(PathFor(key)) ? File.OpenRead(PathFor(key)) : null;
}
