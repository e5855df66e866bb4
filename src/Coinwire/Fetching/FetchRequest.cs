namespace Coinwire.Fetching;

/// <summary>One feed fetch: the source's URL and the validators held from its last successful response.</summary>
public sealed record FetchRequest
{
    /// <summary>Key of the source being fetched (for logs and health).</summary>
    public required string SourceKey { get; init; }

    /// <summary>Absolute http(s) URL to fetch.</summary>
    public required Uri Url { get; init; }

    /// <summary>The <c>ETag</c> held from the last response, sent back as <c>If-None-Match</c>.</summary>
    public string? ETag { get; init; }

    /// <summary>The <c>Last-Modified</c> value held from the last response, sent back verbatim as <c>If-Modified-Since</c>.</summary>
    public string? LastModified { get; init; }

    /// <summary>This source may reach loopback and private addresses even when <see cref="FetchingOptions.AllowPrivateNetworks"/> is off.</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>
    /// Accept an HTML page as a successful body (feed discovery reads home pages);
    /// otherwise an HTML page is reported as <see cref="FetchOutcome.NotAFeed"/>.
    /// </summary>
    public bool AcceptHtml { get; init; }
}
