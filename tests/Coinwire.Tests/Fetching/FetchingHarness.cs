using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Coinwire.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coinwire.Tests.Fetching;

/// <summary>
/// Connects only to loopback and records every attempt elsewhere instead of making it, so no test can ever send
/// traffic off this machine, even if the guard under test were broken.
/// </summary>
internal sealed class LoopbackOnlyConnector : ITcpConnector
{
    private readonly SocketTcpConnector _real = new();

    private long _bytesRead;

    public ConcurrentQueue<IPEndPoint> Attempts { get; } = new();

    /// <summary>Bytes read off all connections so far, headers included.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public async ValueTask<Stream> ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken)
    {
        Attempts.Enqueue(endPoint);
        if (!IPAddress.IsLoopback(endPoint.Address))
            throw new SocketException((int)SocketError.ConnectionRefused);
        var stream = await _real.ConnectAsync(endPoint, cancellationToken);
        return new CountingStream(stream, n => Interlocked.Add(ref _bytesRead, n));
    }
}

/// <summary>Maps chosen names to chosen addresses; any other name is unknown.</summary>
internal sealed class FakeResolver(Dictionary<string, IPAddress[]> names) : IHostAddressResolver
{
    public ConcurrentQueue<string> Lookups { get; } = new();

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Lookups.Enqueue(host);
        return names.TryGetValue(host, out var addresses)
            ? Task.FromResult(addresses)
            : throw new SocketException((int)SocketError.HostNotFound);
    }
}

/// <summary>The fetching services as the app wires them, with test settings (private networks allowed unless said otherwise).</summary>
internal sealed class FetchingHarness : IDisposable
{
    private readonly ServiceProvider _services;

    private FetchingHarness(ServiceProvider services, LoopbackOnlyConnector connector)
    {
        _services = services;
        Connector = connector;
    }

    public LoopbackOnlyConnector Connector { get; }

    public FeedFetcher Fetcher => _services.GetRequiredService<FeedFetcher>();

    public FeedDiscovery Discovery => _services.GetRequiredService<FeedDiscovery>();

    public HostPoliteness Politeness => _services.GetRequiredService<HostPoliteness>();

    public static FetchingHarness Create(IDictionary<string, string?>? settings = null, IHostAddressResolver? resolver = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Fetching:AllowPrivateNetworks"] = "true",
            ["Fetching:MinHostDelay"] = "00:00:00",
            ["Fetching:Timeout"] = "00:00:10",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;

        var connector = new LoopbackOnlyConnector();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddSingleton<ITcpConnector>(connector);
        if (resolver is not null)
            services.AddSingleton(resolver);
        services.AddFetching();
        return new FetchingHarness(services.BuildServiceProvider(), connector);
    }

    public Task<FetchResult> FetchAsync(Uri url, string source = "test", string? etag = null, string? lastModified = null, bool allowPrivate = false) =>
        Fetcher.FetchAsync(
            new FetchRequest { SourceKey = source, Url = url, ETag = etag, LastModified = lastModified, AllowPrivate = allowPrivate },
            TestContext.Current.CancellationToken);

    public void Dispose() => _services.Dispose();
}
