using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coinwire.Images;

/// <summary>
/// Typed <see cref="HttpClient"/> for the Unsplash API: photo search and download tracking, authenticated with
/// <c>Authorization: Client-ID</c>, within the hourly budget of <see cref="UnsplashRateLimit"/>. Problems are logged and
/// answered with <see langword="null"/>/<see langword="false"/>; the access key is never logged.
/// </summary>
public sealed class UnsplashClient
{
    private const int MaxBodyBytes = 4 * 1024 * 1024;

    private readonly HttpClient _http;
    private readonly IOptionsMonitor<UnsplashOptions> _options;
    private readonly UnsplashRateLimit _rateLimit;
    private readonly ILogger<UnsplashClient> _logger;

    /// <summary>Creates the client.</summary>
    public UnsplashClient(HttpClient http, IOptionsMonitor<UnsplashOptions> options, UnsplashRateLimit rateLimit, ILogger<UnsplashClient> logger)
    {
        _http = http;
        _options = options;
        _rateLimit = rateLimit;
        _logger = logger;
    }

    /// <summary>Whether an access key is configured.</summary>
    public bool IsConfigured => _options.CurrentValue.Key is not null;

    /// <summary>Whether a search and the download tracking of its photo still fit in this hour's budget.</summary>
    public bool CanSearch => IsConfigured && _rateLimit.HasBudget(2);

    /// <summary>Whether one more download tracking request fits in this hour's budget.</summary>
    public bool CanTrackDownload => IsConfigured && _rateLimit.HasBudget(1);

    /// <summary>
    /// <c>GET /search/photos?query=…&amp;orientation=landscape&amp;per_page=…</c>; <see langword="null"/> when not configured,
    /// out of budget, or the request failed.
    /// </summary>
    public async Task<IReadOnlyList<UnsplashPhoto>?> SearchAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var options = _options.CurrentValue;
        if (!CanSearch || BaseUri(options) is not { } baseUri)
            return null;
        var perPage = Math.Clamp(options.PerPage, 1, 30).ToString(CultureInfo.InvariantCulture);
        var url = new Uri(baseUri, $"search/photos?query={Uri.EscapeDataString(query)}&orientation=landscape&content_filter=high&per_page={perPage}");
        var body = await SendAsync(url, options, cancellationToken);
        if (body is null)
            return null;
        try
        {
            var photos = UnsplashJson.ReadResults(body);
            _logger.LogDebug("Unsplash search {Query}: {Count} photos, {Remaining} requests left", query, photos.Count, _rateLimit.Remaining);
            return photos;
        }
        catch (JsonException e)
        {
            _logger.LogWarning("Unsplash search {Query}: unreadable response ({Error})", query, e.Message);
            return null;
        }
    }

    /// <summary>
    /// Calls the photo's <c>download_location</c>, as Unsplash requires when a photo is used; only on the configured API
    /// host, so a response cannot point the authenticated request elsewhere.
    /// </summary>
    public async Task<bool> TrackDownloadAsync(UnsplashPhoto photo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var options = _options.CurrentValue;
        if (!CanTrackDownload || BaseUri(options) is not { } baseUri)
            return false;
        if (!Uri.TryCreate(photo.DownloadLocation, UriKind.Absolute, out var url)
            || Uri.Compare(url, baseUri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            _logger.LogWarning("Unsplash photo {Id}: download_location {Url} is not on the API host; photo not used", photo.Id, photo.DownloadLocation);
            return false;
        }
        return await SendAsync(url, options, cancellationToken) is not null;
    }

    private async Task<byte[]?> SendAsync(Uri url, UnsplashOptions options, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Authorization", "Client-ID " + options.Key);
            request.Headers.TryAddWithoutValidation("Accept-Version", "v1");
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
            _rateLimit.Observe(response.Headers);
            if (response.StatusCode == HttpStatusCode.TooManyRequests
                || (response.StatusCode == HttpStatusCode.Forbidden && await IsRateLimitAsync(response, limit.Token)))
            {
                _rateLimit.Exhaust();
                _logger.LogWarning("Unsplash rate limit reached ({Limit} per hour); generated covers until it resets", _rateLimit.Limit);
                return null;
            }
            if (!response.IsSuccessStatusCode)
            {
                _logger.LogWarning("Unsplash {Path} answered {Status}", url.AbsolutePath, (int)response.StatusCode);
                return null;
            }
            return await ReadBoundedAsync(response, limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            _logger.LogWarning("Unsplash {Path}: no answer within {Seconds} s", url.AbsolutePath, options.Timeout.TotalSeconds);
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            _logger.LogWarning("Unsplash {Path} failed: {Error}", url.AbsolutePath, e.Message);
            return null;
        }
    }

    private static async Task<bool> IsRateLimitAsync(HttpResponseMessage response, CancellationToken ct) =>
        (response.Headers.TryGetValues("X-Ratelimit-Remaining", out var values) && values.FirstOrDefault() == "0")
        || (await ReadBoundedAsync(response, ct) is { } body
            && System.Text.Encoding.UTF8.GetString(body).Contains("Rate Limit Exceeded", StringComparison.OrdinalIgnoreCase));

    private static async Task<byte[]?> ReadBoundedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength > MaxBodyBytes)
            return null;
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Uri? BaseUri(UnsplashOptions options) =>
        Uri.TryCreate(options.BaseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var uri) ? uri : null;
}
