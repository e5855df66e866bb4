using System.Text;
using Coinwire.Common;

namespace Coinwire.Normalizing;

/// <summary>Link canonicalization for feed items.</summary>
/// <remarks>
/// The canonical form is <c>scheme://host[:port]/path[?query][#fragment]</c> with scheme and host lower-cased (IDN hosts as
/// punycode), default ports and user info dropped, dot segments resolved by <see cref="Uri"/>, and tracking parameters removed.
/// Fragments are kept, because some sites route articles by fragment (<c>#!/news/123</c>); fragments that only carry tracking
/// (<c>#xtor=RSS-3</c>, <c>#utm_source=…</c>, <c>#ref=rss</c>) and empty fragments are dropped.
/// </remarks>
public static class Links
{
    /// <summary>
    /// Absolute URL resolved against <paramref name="baseUri"/>, with tracking parameters (<c>utm_*</c>, <c>fbclid</c>, …) removed;
    /// <see langword="null"/> when <paramref name="url"/> is empty or not an http(s) URL.
    /// </summary>
    public static string? Canonicalize(string? url, Uri? baseUri = null)
    {
        var uri = Resolve(url, baseUri);
        if (uri is null || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host) || HttpUrls.AsciiHost(uri) is not { } host)
        {
            return null;
        }
        var sb = new StringBuilder(uri.Scheme).Append("://").Append(host);
        if (!uri.IsDefaultPort)
        {
            sb.Append(':').Append(uri.Port);
        }
        sb.Append(uri.AbsolutePath);
        AppendQuery(sb, uri.Query);
        var fragment = uri.Fragment.Length > 1 ? uri.Fragment[1..] : "";
        if (fragment.Length > 0 && !TrackingParameters.IsTrackingFragment(fragment))
        {
            sb.Append('#').Append(fragment);
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="name"/> is a query parameter used only for click or campaign tracking.</summary>
    public static bool IsTrackingParameter(string name) => TrackingParameters.IsTracking(name);

    private static Uri? Resolve(string? url, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }
        var text = RemoveLineBreaksAndTabs(url.Trim());
        if (baseUri is { IsAbsoluteUri: false })
        {
            baseUri = null;
        }
        // On Unix "/path" parses as an absolute file: URI, so anything that starts with '/' is resolved explicitly.
        if (text.StartsWith('/') || text.StartsWith('\\'))
        {
            if (baseUri is not null)
            {
                return Uri.TryCreate(baseUri, text, out var rel) ? rel : null;
            }
            return text.StartsWith("//", StringComparison.Ordinal) && Uri.TryCreate("https:" + text, UriKind.Absolute, out var pr) ? pr : null;
        }
        if (HasScheme(text))
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var abs) ? abs : null;
        }
        return baseUri is not null && Uri.TryCreate(baseUri, text, out var resolved) ? resolved : null;
    }

    // RFC 3986 scheme followed by ':' (a Windows drive letter "C:" would need a single letter; feeds do not carry those).
    private static bool HasScheme(string text)
    {
        var colon = text.IndexOf(':');
        if (colon < 2 || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }
        for (var i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '-' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    private static string RemoveLineBreaksAndTabs(string text) =>
        text.AsSpan().IndexOfAny('\t', '\r', '\n') < 0 ? text : text.Replace("\t", "").Replace("\r", "").Replace("\n", "");

    private static void AppendQuery(StringBuilder sb, string query)
    {
        if (query.Length <= 1)
        {
            return;
        }
        var first = true;
        foreach (var pair in query[1..].Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }
            var eq = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            if (TrackingParameters.IsTracking(name))
            {
                continue;
            }
            sb.Append(first ? '?' : '&').Append(pair);
            first = false;
        }
    }
}
