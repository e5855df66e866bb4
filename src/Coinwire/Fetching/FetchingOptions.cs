namespace Coinwire.Fetching;

/// <summary>Settings of the fetching stage, bound from the <c>Fetching</c> configuration section.</summary>
public sealed class FetchingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Fetching";

    /// <summary>The <c>User-Agent</c> header sent with every request; says who we are and where to read about us.</summary>
    public string UserAgent { get; set; } = "Coinwire/1.0 (+https://github.com/coinwire; self-hosted news reader)";

    /// <summary>Minimum gap between the end of one request and the start of the next to the same host (default one second).</summary>
    public TimeSpan MinHostDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time limit of one request hop, from connecting to the last byte of the body (default 30 seconds).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest accepted body after decompression; a longer one is aborted and reported as too large (default 10 MB).</summary>
    public long MaxResponseBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Redirects followed before giving up (default 5).</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// When <see langword="true"/>, every source may reach loopback, private, link-local and metadata addresses.
    /// Off by default: only sources explicitly allowed (<see cref="FetchRequest.AllowPrivate"/>) may.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }
}
