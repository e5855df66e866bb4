using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coinwire.Images;

/// <summary>
/// Search results per normalized query, in memory and optionally in <see cref="UnsplashOptions.CacheDirectory"/>, for
/// <see cref="UnsplashOptions.CacheTtl"/>. Empty results are cached too, so a query with no photos is not asked again.
/// </summary>
public sealed class UnsplashSearchCache : IDisposable
{
    // Misses are searched one at a time, so concurrent stories with one query cost one request and the budget check holds.
    private readonly SemaphoreSlim _searchGate = new(1, 1);
    private readonly ConcurrentDictionary<string, Entry> _memory = new(StringComparer.Ordinal);
    private readonly IOptionsMonitor<UnsplashOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<UnsplashSearchCache> _logger;

    /// <summary>Creates the cache.</summary>
    public UnsplashSearchCache(IOptionsMonitor<UnsplashOptions> options, TimeProvider time, ILogger<UnsplashSearchCache> logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Lower case, single spaces, trimmed: queries differing only so share one entry.</summary>
    public static string Normalize(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return string.Join(' ', query.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The cached results of <paramref name="query"/>, or <see langword="null"/> when none are fresh.</summary>
    public IReadOnlyList<UnsplashPhoto>? TryGet(string query)
    {
        var key = Normalize(query);
        var now = _time.GetUtcNow();
        if (_memory.TryGetValue(key, out var entry) && entry.Expires > now)
            return entry.Photos;
        if (FilePath(key) is not { } path || !File.Exists(path))
            return null;
        try
        {
            var expires = File.GetLastWriteTimeUtc(path) + _options.CurrentValue.CacheTtl;
            if (expires <= now.UtcDateTime)
                return null;
            var photos = UnsplashJson.ReadResults(File.ReadAllBytes(path));
            _memory[key] = new Entry(photos, new DateTimeOffset(expires, TimeSpan.Zero));
            return photos;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            _logger.LogWarning("Unsplash cache file {Path} unreadable: {Error}", path, e.Message);
            return null;
        }
    }

    /// <summary>The cached results of <paramref name="query"/>, else those of <paramref name="search"/> (cached unless <see langword="null"/>).</summary>
    public async Task<IReadOnlyList<UnsplashPhoto>?> GetOrSearchAsync(
        string query, Func<string, CancellationToken, Task<IReadOnlyList<UnsplashPhoto>?>> search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (TryGet(query) is { } hit)
            return hit;
        await _searchGate.WaitAsync(cancellationToken);
        try
        {
            if (TryGet(query) is { } again)
                return again;
            var photos = await search(query, cancellationToken);
            if (photos is not null)
                Set(query, photos);
            return photos;
        }
        finally
        {
            _searchGate.Release();
        }
    }

    /// <summary>Stores the results of <paramref name="query"/>.</summary>
    public void Set(string query, IReadOnlyList<UnsplashPhoto> photos)
    {
        var key = Normalize(query);
        _memory[key] = new Entry(photos, _time.GetUtcNow() + _options.CurrentValue.CacheTtl);
        if (FilePath(key) is not { } path)
            return;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temp, UnsplashJson.WriteResults(photos));
            File.Move(temp, path, overwrite: true);
            File.SetLastWriteTimeUtc(path, _time.GetUtcNow().UtcDateTime);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Unsplash cache file {Path} not written: {Error}", path, e.Message);
        }
    }

    // Hashed so any query is a safe file name.
    private string? FilePath(string key) =>
        _options.CurrentValue.CacheDirectory is { Length: > 0 } dir
            ? Path.Combine(dir, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32] + ".json")
            : null;

    private sealed record Entry(IReadOnlyList<UnsplashPhoto> Photos, DateTimeOffset Expires);

    /// <summary>Releases the search gate.</summary>
    public void Dispose() => _searchGate.Dispose();
}
