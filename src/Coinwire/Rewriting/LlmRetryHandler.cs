using System.Net;
using System.Net.Http;
using Coinwire.Fetching;

namespace Coinwire.Rewriting;

/// <summary>
/// Retries a model request on 408, 429 and 5xx answers and on connection failures: at most
/// <see cref="MaxRetries"/> times, waiting what <c>Retry-After</c> asks (up to <see cref="MaxWait"/>; a longer ask
/// gives up at once) or else an exponential delay with jitter. The request body is buffered so each try resends it.
/// </summary>
public sealed class LlmRetryHandler : DelegatingHandler
{
    private readonly TimeProvider _time;

    /// <summary>A handler sending through <paramref name="inner"/>.</summary>
    public LlmRetryHandler(HttpMessageHandler inner, int maxRetries = 3, TimeProvider? time = null)
        : base(inner)
    {
        MaxRetries = Math.Max(0, maxRetries);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Retries after the first try.</summary>
    public int MaxRetries { get; }

    /// <summary>The first backoff delay; each retry doubles it (default half a second).</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait before a retry; a <c>Retry-After</c> asking more ends the retries (default 30 seconds).</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            using var copy = Copy(request, body);
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(copy, cancellationToken);
            }
            catch (HttpRequestException) when (attempt < MaxRetries && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(Backoff(attempt), _time, cancellationToken);
                continue;
            }
            if (attempt >= MaxRetries || !IsTransient(response.StatusCode))
            {
                return response;
            }
            var wait = Wait(response, attempt);
            if (wait > MaxWait)
            {
                return response;
            }
            response.Dispose();
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private TimeSpan Wait(HttpResponseMessage response, int attempt)
    {
        var now = _time.GetUtcNow();
        if (response.Headers.NonValidated.TryGetValues("retry-after-ms", out var ms)
            && double.TryParse(ms.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }
        return RetryAfterHeader.Read(response, now) is { } at ? at - now : Backoff(attempt);
    }

    private TimeSpan Backoff(int attempt)
    {
        var delay = BaseDelay * Math.Pow(2, attempt);
        var jittered = delay * (0.5 + Random.Shared.NextDouble());
        return jittered > MaxWait ? MaxWait : jittered;
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in request.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
        foreach (var option in request.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        }
        return copy;
    }
}
