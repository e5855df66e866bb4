using System.Net.Http;
using System.Text;

namespace Coinwire.Fetching;

public sealed partial class FeedFetcher
{
    private async Task<Hop> InterpretAsync(
        HttpResponseMessage response, FetchRequest request, Uri url, string host, FetchingOptions options, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var result = new FetchResult
        {
            Outcome = FetchOutcome.Ok,
            StatusCode = status,
            FinalUrl = url,
            ContentType = Header(response.Content.Headers.NonValidated, "Content-Type"),
            ETag = Header(response.Headers.NonValidated, "ETag"),
            LastModified = Header(response.Content.Headers.NonValidated, "Last-Modified"),
        };

        if (status is 301 or 302 or 303 or 307 or 308)
        {
            var location = response.Headers.Location;
            if (location is null || !Uri.TryCreate(url, location, out var next))
                return Hop.Done(result with { Outcome = FetchOutcome.TooManyRedirects, Error = $"HTTP {status} without a usable Location" });
            return Hop.Redirect(next, permanent: status is 301 or 308, status);
        }

        if (status == 304)
        {
            return Hop.Done(result with
            {
                Outcome = FetchOutcome.NotModified,
                ETag = result.ETag ?? request.ETag,
                LastModified = result.LastModified ?? request.LastModified,
            });
        }

        var mitigated = Header(response.Headers.NonValidated, "cf-mitigated");
        if (status is >= 200 and < 300)
            return Hop.Done(await InterpretSuccessAsync(response, request, result, mitigated, options, ct));

        var retryAfter = RetryAfterHeader.Read(response, _time.GetUtcNow());
        if (retryAfter is { } until && status is 429 or 503)
            _politeness.DelayUntil(host, until);
        result = result with { RetryAfter = retryAfter };

        var head = await ReadHeadQuietlyAsync(response, ct);
        if (ContentSniffer.Classify(head, result.ContentType, mitigated) == BodyKind.Challenge)
            return Hop.Done(result with { Outcome = FetchOutcome.ChallengePage, Error = $"HTTP {status}: an anti-bot challenge page instead of the feed" });
        if (status == 429 || (status == 503 && retryAfter is not null))
        {
            var wait = retryAfter is { } t ? $"; retry after {t:u}" : "";
            return Hop.Done(result with { Outcome = FetchOutcome.RateLimited, Error = $"HTTP {status} {response.ReasonPhrase}{wait}" });
        }
        return Hop.Done(result with { Outcome = FetchOutcome.HttpError, Error = $"HTTP {status} {response.ReasonPhrase}" });
    }

    private static async Task<FetchResult> InterpretSuccessAsync(
        HttpResponseMessage response, FetchRequest request, FetchResult result, string? mitigated, FetchingOptions options, CancellationToken ct)
    {
        var tooLarge = result with
        {
            Outcome = FetchOutcome.TooLarge,
            Error = $"body larger than {options.MaxResponseBytes} bytes; aborted and discarded",
        };
        if (response.Content.Headers.ContentLength > options.MaxResponseBytes)
            return tooLarge;

        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var body = await BoundedBody.ReadAsync(stream, options.MaxResponseBytes, truncate: false, ct);
        if (body is null)
            return tooLarge;

        switch (ContentSniffer.Classify(body, result.ContentType, mitigated))
        {
            case BodyKind.Challenge:
                return result with { Outcome = FetchOutcome.ChallengePage, Error = "an anti-bot challenge page instead of the feed" };
            case BodyKind.Html when !request.AcceptHtml:
                return result with { Outcome = FetchOutcome.NotAFeed, Error = NotAFeedMessage(body, result) };
            default:
                return result with { Body = body };
        }
    }

    private static string NotAFeedMessage(byte[] body, FetchResult result)
    {
        var links = FeedDiscovery.FindFeedLinks(FeedDiscovery.Decode(body, result.ContentType), result.FinalUrl);
        return links.Count == 0
            ? "an HTML page, not a feed, and it links to no feed"
            : $"an HTML page, not a feed; it links to {string.Join(", ", links.Select(l => l.Url))} (coinwire sources add discovers them)";
    }

    private static async Task<byte[]> ReadHeadQuietlyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            return await BoundedBody.ReadAsync(stream, ContentSniffer.SniffLength, truncate: true, ct) ?? [];
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException)
        {
            return [];
        }
    }

    private static string? Header(System.Net.Http.Headers.HttpHeadersNonValidated headers, string name)
    {
        if (!headers.TryGetValues(name, out var values))
            return null;
        var text = new StringBuilder();
        foreach (var value in values)
            text.Append(text.Length == 0 ? "" : ", ").Append(value);
        return text.Length == 0 ? null : text.ToString();
    }
}
