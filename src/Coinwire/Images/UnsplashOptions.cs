namespace Coinwire.Images;

/// <summary>Settings of Unsplash search, bound from the <c>Unsplash</c> configuration section.</summary>
public sealed class UnsplashOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Unsplash";

    /// <summary>The application's access key; Unsplash is not called when it is empty. Comes from the environment, never the repo.</summary>
    public string? AccessKey { get; set; }

    /// <summary>The API's base URL (default <c>https://api.unsplash.com</c>).</summary>
    public string BaseUrl { get; set; } = "https://api.unsplash.com";

    /// <summary>The application name sent as <c>utm_source</c> in attribution links (default <c>coinwire</c>).</summary>
    public string AppName { get; set; } = "coinwire";

    /// <summary>Photos asked for per search (1–30, default 10); more give more variety for one query.</summary>
    public int PerPage { get; set; } = 10;

    /// <summary>How long search results are reused for the same query (default one day).</summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A directory where search results are also cached across restarts; none when empty.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>Time limit of one API request (default 15 seconds).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many recently used photos are skipped when another result of the query is free (default 50).</summary>
    public int RecentlyUsedCapacity { get; set; } = 50;

    /// <summary>The API key as configured, trimmed; <see langword="null"/> when unset.</summary>
    internal string? Key => string.IsNullOrWhiteSpace(AccessKey) ? null : AccessKey.Trim();
}
