using System.Text;

namespace Coinwire.Fetching;

/// <summary>What a response body looks like, judged from its first bytes and its headers.</summary>
public enum BodyKind
{
    /// <summary>Not clearly HTML: handed to the parsers, which decide.</summary>
    Other,

    /// <summary>An RSS, Atom, RDF or JSON Feed document.</summary>
    Feed,

    /// <summary>An ordinary HTML page.</summary>
    Html,

    /// <summary>An anti-bot challenge or block page.</summary>
    Challenge,
}

/// <summary>Tells feeds from HTML pages and anti-bot challenge pages without parsing.</summary>
public static class ContentSniffer
{
    /// <summary>Bytes looked at.</summary>
    public const int SniffLength = 64 * 1024;

    private static readonly string[] ChallengeMarkers =
    [
        "cf-chl", "cf_chl", "challenge-platform", "challenges.cloudflare.com", "cf-browser-verification",
        "<title>Just a moment...</title>", "Attention Required! | Cloudflare", "Checking your browser before accessing",
        "_Incapsula_", "Incapsula incident", "ddos-guard", "DDoS-Guard", "errors.edgesuite.net", "bm-verify",
        "Please enable JS and disable any ad blocker", "captcha-delivery.com",
    ];

    private static readonly string[] FeedRoots = ["<rss", "<feed", "<rdf:rdf", "<rdf "];

    /// <summary>
    /// Classifies a body. <paramref name="mitigatedHeader"/> is Cloudflare's <c>cf-mitigated</c> response header,
    /// which says "challenge" outright.
    /// </summary>
    public static BodyKind Classify(ReadOnlySpan<byte> body, string? contentType, string? mitigatedHeader = null)
    {
        if (string.Equals(mitigatedHeader, "challenge", StringComparison.OrdinalIgnoreCase))
            return BodyKind.Challenge;
        var head = Encoding.UTF8.GetString(body[..Math.Min(body.Length, SniffLength)]);
        var start = head.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.StartsWith("{", StringComparison.Ordinal))
            return head.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase) ? BodyKind.Feed : BodyKind.Other;

        var lower = head.ToLowerInvariant();
        var feedAt = FeedRoots.Select(root => lower.IndexOf(root, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        var htmlAt = IndexOfHtml(lower);
        if (feedAt >= 0 && (htmlAt < 0 || feedAt < htmlAt))
            return BodyKind.Feed;

        var declaredHtml = contentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true;
        if (htmlAt < 0 && !declaredHtml)
            return BodyKind.Other;
        if (ChallengeMarkers.Any(m => head.Contains(m, StringComparison.OrdinalIgnoreCase)))
            return BodyKind.Challenge;
        return htmlAt >= 0 ? BodyKind.Html : BodyKind.Other;
    }

    private static int IndexOfHtml(string lower)
    {
        var doctype = lower.IndexOf("<!doctype html", StringComparison.Ordinal);
        var html = lower.IndexOf("<html", StringComparison.Ordinal);
        return doctype < 0 ? html : html < 0 ? doctype : Math.Min(doctype, html);
    }
}
