using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Coinwire.Fetching;

/// <summary>
/// Fetches feeds politely and safely: conditional GET, redirects followed hop by hop (each through the SSRF guard),
/// per-host turns and gaps, <c>Retry-After</c>, size and time limits. Network and HTTP problems become
/// <see cref="FetchOutcome"/>s; only cancellation by the caller throws.
/// </summary>
public sealed partial class FeedFetcher
{
    /// <summary>Named <see cref="HttpClient"/> whose connections pass the SSRF guard.</summary>
    public const string ClientName = "Coinwire.Fetching";

    /// <summary>Named <see cref="HttpClient"/> for sources allowed to reach private networks.</summary>
    public const string PrivateClientName = "Coinwire.Fetching.Private";

    private const string FeedAccept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, " +
        "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    private readonly IHttpClientFactory _clients;
    private readonly HostPoliteness _politeness;
    private readonly IOptionsMonitor<FetchingOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<FeedFetcher> _logger;

    /// <summary>Creates the fetcher.</summary>
    public FeedFetcher(
        IHttpClientFactory clients, HostPoliteness politeness, IOptionsMonitor<FetchingOptions> options,
        TimeProvider time, ILogger<FeedFetcher> logger)
    {
        _clients = clients;
        _politeness = politeness;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Fetches <see cref="FetchRequest.Url"/>; never throws for network or HTTP problems.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Url.IsAbsoluteUri)
            throw new ArgumentException("The URL must be absolute.", nameof(request));

        var started = _time.GetTimestamp();
        var options = _options.CurrentValue;
        var allowPrivate = request.AllowPrivate || options.AllowPrivateNetworks;
        var client = _clients.CreateClient(allowPrivate ? PrivateClientName : ClientName);
        var url = request.Url;
        Uri? permanent = null;
        var permanentSoFar = true;

        for (var hop = 0; ; hop++)
        {
            var step = SsrfGuard.PreCheck(url, allowPrivate) is { } refusal
                ? Hop.Done(Failure(FetchOutcome.Blocked, url, refusal))
                : await SendHopAsync(client, request, url, options, cancellationToken);

            if (step.RedirectTo is { } next)
            {
                if (hop >= options.MaxRedirects)
                {
                    step = Hop.Done(Failure(FetchOutcome.TooManyRedirects, url, $"more than {options.MaxRedirects} redirects (last to {next})") with
                    {
                        StatusCode = step.StatusCode,
                    });
                }
                else
                {
                    permanentSoFar &= step.Permanent;
                    if (permanentSoFar)
                        permanent = next;
                    url = next;
                    continue;
                }
            }

            var result = step.Result! with { PermanentRedirectTo = permanent, Elapsed = _time.GetElapsedTime(started) };
            Observability.CoinwireTelemetry.RecordFetch(Common.HttpUrls.HostKey(request.Url), result.StatusCode, result.Outcome.ToString(), result.Elapsed);
            _logger.LogDebug("Fetched {Source} {Url}: {Outcome} {Status} in {Elapsed} {Error}",
                request.SourceKey, url, result.Outcome, result.StatusCode, result.Elapsed, result.Error);
            return result;
        }
    }

    private async Task<Hop> SendHopAsync(HttpClient client, FetchRequest request, Uri url, FetchingOptions options, CancellationToken ct)
    {
        var host = HostPoliteness.KeyOf(url);
        using var lease = await _politeness.AcquireAsync(host, ct);
        if (!lease.IsGranted)
        {
            return Hop.Done(Failure(FetchOutcome.RateLimited, url,
                $"{host} asked for no requests before {lease.RefusedUntil:u}; request not sent") with { RetryAfter = lease.RefusedUntil });
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(options.Timeout);
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, url);
            message.Headers.TryAddWithoutValidation("Accept", request.AcceptHtml ? $"text/html;q=0.9, {FeedAccept}" : FeedAccept);
            if (!string.IsNullOrWhiteSpace(request.ETag))
                message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
            if (!string.IsNullOrWhiteSpace(request.LastModified))
                message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);

            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, limit.Token);
            return await InterpretAsync(response, request, url, host, options, limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Hop.Done(TimedOut(url, options));
        }
        catch (TimeoutRejectedException)
        {
            return Hop.Done(TimedOut(url, options));
        }
        catch (HttpRequestException e) when (FindInner<SsrfBlockedException>(e) is { } blocked)
        {
            return Hop.Done(Failure(FetchOutcome.Blocked, url, blocked.Message));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException)
        {
            return Hop.Done(Failure(FetchOutcome.NetworkError, url, Describe(e)));
        }
    }

    private static FetchResult TimedOut(Uri url, FetchingOptions options) =>
        Failure(FetchOutcome.Timeout, url, $"no complete response within {options.Timeout.TotalSeconds:0.###} s; partial body discarded");

    private static FetchResult Failure(FetchOutcome outcome, Uri url, string error) =>
        new() { Outcome = outcome, FinalUrl = url, Error = error };

    /// <summary>The first exception of type <typeparamref name="T"/> in <paramref name="e"/>'s inner chain, itself included.</summary>
    internal static T? FindInner<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
                return found;
        }
        return null;
    }

    private static string Describe(Exception e)
    {
        var kind = e is HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } h ? $"{h.HttpRequestError}: " : "";
        var innermost = e;
        while (innermost.InnerException is not null)
            innermost = innermost.InnerException;
        return innermost == e ? kind + e.Message : $"{kind}{e.Message} ({innermost.Message})";
    }

    private readonly record struct Hop(FetchResult? Result, Uri? RedirectTo, bool Permanent, int? StatusCode)
    {
        public static Hop Done(FetchResult result) => new(result, null, false, result.StatusCode);

        public static Hop Redirect(Uri to, bool permanent, int status) => new(null, to, permanent, status);
    }
}
