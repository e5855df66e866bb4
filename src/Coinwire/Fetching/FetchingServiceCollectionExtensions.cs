using System.Net;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Coinwire.Fetching;

/// <summary>Registers the fetching stage.</summary>
public static class FetchingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="FeedFetcher"/>, <see cref="FeedDiscovery"/>, <see cref="HostPoliteness"/> and their two named
    /// <see cref="HttpClient"/>s, with <see cref="FetchingOptions"/> bound from the <c>Fetching</c> section of the registered
    /// <c>IConfiguration</c>. A registered <see cref="IHostAddressResolver"/> or <see cref="TimeProvider"/> is kept.
    /// </summary>
    public static IServiceCollection AddFetching(this IServiceCollection services)
    {
        services.AddOptions<FetchingOptions>()
            .BindConfiguration(FetchingOptions.SectionName)
            .Validate(o => o.Timeout > TimeSpan.Zero, "Fetching:Timeout must be positive")
            .Validate(o => o.MinHostDelay >= TimeSpan.Zero, "Fetching:MinHostDelay must not be negative")
            .Validate(o => o.MaxResponseBytes > 0, "Fetching:MaxResponseBytes must be positive")
            .Validate(o => o.MaxRedirects >= 0, "Fetching:MaxRedirects must not be negative")
            .Validate(o => !string.IsNullOrWhiteSpace(o.UserAgent), "Fetching:UserAgent must not be empty");

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostAddressResolver, DnsHostAddressResolver>();
        services.TryAddSingleton<ITcpConnector, SocketTcpConnector>();
        services.TryAddSingleton<SsrfGuard>();
        services.TryAddSingleton<HostPoliteness>();
        services.TryAddSingleton<FeedFetcher>();
        services.TryAddSingleton<FeedDiscovery>();

        AddClient(services, FeedFetcher.ClientName, guarded: true);
        AddClient(services, FeedFetcher.PrivateClientName, guarded: false);
        return services;
    }

    private static void AddClient(IServiceCollection services, string name, bool guarded)
    {
        services.AddHttpClient(name, (sp, client) =>
            {
                // Our own limits (per hop, body included) replace HttpClient's overall 100 s one.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.TryAddWithoutValidation(
                    "User-Agent", sp.GetRequiredService<IOptionsMonitor<FetchingOptions>>().CurrentValue.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptionsMonitor<FetchingOptions>>();
                var guard = sp.GetRequiredService<SsrfGuard>();
                return new SocketsHttpHandler
                {
                    AutomaticDecompression = DecompressionMethods.All,
                    // Redirects are followed by FeedFetcher so every hop passes the guard and 301/308 can be recorded.
                    AllowAutoRedirect = false,
                    // A proxy would make the guard check the proxy's address instead of the target's.
                    UseProxy = false,
                    UseCookies = false,
                    ConnectTimeout = options.CurrentValue.Timeout,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
                    MaxResponseHeadersLength = 64,
                    // An aborted body (too large, timed out) closes the connection instead of reading on to reuse it.
                    MaxResponseDrainSize = 0,
                    ConnectCallback = guard.ConnectCallback(() => !guarded || options.CurrentValue.AllowPrivateNetworks),
                };
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("fetching", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptionsMonitor<FetchingOptions>>();
                // One quick retry only when the connection could not be made, so nothing reached the server;
                // HTTP answers (429, 503 …) are never retried here: per-source backoff belongs to the scheduler.
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 1,
                    Delay = TimeSpan.FromSeconds(1),
                    BackoffType = DelayBackoffType.Constant,
                    UseJitter = true,
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => ValueTask.FromResult(IsConnectFailure(args.Outcome.Exception)),
                });
                pipeline.AddTimeout(new HttpTimeoutStrategyOptions
                {
                    TimeoutGenerator = _ => ValueTask.FromResult(options.CurrentValue.Timeout),
                });
            });
    }

    private static bool IsConnectFailure(Exception? e) =>
        e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError }
        && FeedFetcher.FindInner<SsrfBlockedException>(e) is null;
}
