using System.Diagnostics.CodeAnalysis;

namespace Coinwire.Common;

/// <summary>
/// Absolute http(s) URLs and their hosts. <see cref="Uri.TryCreate(string?, UriKind, out Uri?)"/> accepts some hosts
/// that <see cref="Uri.IdnHost"/> then refuses with an exception (a character IDNA forbids); these helpers never throw.
/// </summary>
public static class HttpUrls
{
    /// <summary>Parses an absolute http(s) URL whose host can be written in ASCII.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Uri? url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
        && AsciiHost(url) is not null;

    /// <summary>The host in lower case, internationalized names as punycode (IPv6 in brackets); null when IDNA forbids it.</summary>
    public static string? AsciiHost(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.HostNameType == UriHostNameType.IPv6)
        {
            return url.Host;
        }
        try
        {
            return url.IdnHost.ToLowerInvariant();
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    /// <summary>A key for the host (politeness, leases, telemetry): <see cref="AsciiHost"/>, else the host as parsed.</summary>
    public static string HostKey(Uri url) => AsciiHost(url) ?? url.Host.ToLowerInvariant();
}
