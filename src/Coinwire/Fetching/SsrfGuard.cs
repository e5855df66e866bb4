using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Coinwire.Fetching;

/// <summary>Raised inside the connection callback when the SSRF guard refuses a destination; surfaces as <see cref="FetchOutcome.Blocked"/>.</summary>
public sealed class SsrfBlockedException : Exception
{
    /// <summary>Creates the exception with its reason.</summary>
    public SsrfBlockedException(string message) : base(message) { }

    /// <summary>Creates the exception with no reason.</summary>
    public SsrfBlockedException() { }

    /// <summary>Creates the exception wrapping another.</summary>
    public SsrfBlockedException(string message, Exception innerException) : base(message, innerException) { }
}

/// <summary>
/// Resolves host names itself and connects only to permitted addresses. Checking after resolution, on the address actually
/// connected to, is what defeats DNS rebinding (a name that answers public first and private later).
/// </summary>
internal sealed class SsrfGuard(IHostAddressResolver resolver, ITcpConnector connector)
{
    /// <summary><paramref name="host"/> as an address when it is an IP literal (brackets allowed).</summary>
    public static IPAddress? LiteralAddress(string host) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address : null;

    /// <summary>Why <paramref name="uri"/> may not be fetched before any lookup, or <see langword="null"/>.</summary>
    public static string? PreCheck(Uri uri, bool allowPrivate)
    {
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            return $"refused {uri.Scheme}: URL: only http and https are fetched";
        if (allowPrivate)
            return null;
        var literal = LiteralAddress(uri.Host);
        return literal is not null && AddressPolicy.IsRestricted(literal)
            ? $"refused {uri.Host}: loopback, private, link-local and metadata addresses need Fetching:AllowPrivateNetworks"
            : null;
    }

    /// <summary>Addresses of <paramref name="host"/> that may be connected to; throws <see cref="SsrfBlockedException"/> when none may.</summary>
    public async Task<IPAddress[]> PermittedAddressesAsync(string host, bool allowPrivate, CancellationToken ct)
    {
        var literal = LiteralAddress(host);
        var all = literal is not null ? [literal] : await resolver.ResolveAsync(host, ct);
        if (all.Length == 0)
            throw new SocketException((int)SocketError.HostNotFound);
        if (allowPrivate)
            return all;
        var permitted = all.Where(a => !AddressPolicy.IsRestricted(a)).ToArray();
        if (permitted.Length == 0)
        {
            throw new SsrfBlockedException(
                $"refused {host}: it resolves to {string.Join(", ", all.Select(a => a.ToString()))}; " +
                "loopback, private, link-local and metadata addresses need Fetching:AllowPrivateNetworks");
        }
        return permitted;
    }

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/> that connects only to permitted addresses.</summary>
    public Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectCallback(Func<bool> allowPrivate) =>
        async (context, ct) =>
        {
            var endPoint = context.DnsEndPoint;
            var addresses = await PermittedAddressesAsync(endPoint.Host, allowPrivate(), ct);
            Exception? last = null;
            foreach (var address in addresses)
            {
                try
                {
                    return await connector.ConnectAsync(new IPEndPoint(address, endPoint.Port), ct);
                }
                catch (SocketException e)
                {
                    last = e;
                }
            }
            throw last!;
        };
}
