using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Coinwire.Rewriting;

/// <summary>
/// Model rewrites stored as JSON files under a folder, keyed by SHA-256 of (prompt version, model, story JSON), so a
/// rerun over the same stories costs nothing. Writes are atomic (temporary file, then move); safe across threads.
/// </summary>
public sealed class RewriteCache
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>A cache in <paramref name="directory"/> (created when missing).</summary>
    public RewriteCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = directory;
    }

    /// <summary>The cache folder.</summary>
    public string Directory { get; }

    /// <summary>The cache key: lower-case hex SHA-256 of the prompt version, model and story JSON.</summary>
    public static string Key(string promptVersion, string model, string inputJson)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join('\u001F', promptVersion, model, inputJson));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The stored result for <paramref name="key"/>, or <see langword="null"/> when absent or unreadable.</summary>
    public RewriteResult? TryGet(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<RewriteResult>(File.ReadAllText(path), Json);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }

    /// <summary>Stores <paramref name="result"/> under <paramref name="key"/>.</summary>
    public void Set(string key, RewriteResult result)
    {
        var path = PathOf(key);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(result, Json));
        File.Move(temp, path, overwrite: true);
    }

    private string PathOf(string key) => System.IO.Path.Combine(Directory, key[..2], key + ".json");
}
