using System.Net;

namespace Coinwire.Fetching;

/// <summary>Resolves a host name to addresses; replaceable so tests can map names to chosen addresses without DNS.</summary>
public interface IHostAddressResolver
{
    /// <summary>The addresses of <paramref name="host"/> (never called for IP literals).</summary>
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

/// <summary>The system resolver (<see cref="Dns.GetHostAddressesAsync(string, CancellationToken)"/>).</summary>
public sealed class DnsHostAddressResolver : IHostAddressResolver
{
    /// <inheritdoc />
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
