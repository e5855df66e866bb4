namespace Coinwire.Fetching;

/// <summary>How a fetch ended. Network and HTTP problems are outcomes, never exceptions.</summary>
public enum FetchOutcome
{
    /// <summary>A body was received (2xx).</summary>
    Ok,

    /// <summary>The server answered 304: nothing changed since the validators sent.</summary>
    NotModified,

    /// <summary>An HTTP error status not covered by a more specific outcome.</summary>
    HttpError,

    /// <summary>429, or 503 with <c>Retry-After</c>, or a host still inside an earlier <c>Retry-After</c> (request not sent).</summary>
    RateLimited,

    /// <summary>The body went past <see cref="FetchingOptions.MaxResponseBytes"/>; it was aborted and discarded.</summary>
    TooLarge,

    /// <summary>The request went past <see cref="FetchingOptions.Timeout"/>; any partial body was discarded.</summary>
    Timeout,

    /// <summary>Refused by the SSRF guard (private, loopback, link-local or metadata address, or a non-http scheme); nothing was sent.</summary>
    Blocked,

    /// <summary>An anti-bot challenge page (Cloudflare, Akamai, DDoS-Guard, Incapsula) instead of the feed.</summary>
    ChallengePage,

    /// <summary>An ordinary HTML page instead of a feed; feed discovery may find the feed it links to.</summary>
    NotAFeed,

    /// <summary>DNS, connection, TLS or transfer failure.</summary>
    NetworkError,

    /// <summary>More redirects than <see cref="FetchingOptions.MaxRedirects"/>, or a redirect without a usable <c>Location</c>.</summary>
    TooManyRedirects,
}
