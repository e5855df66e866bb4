using Coinwire.Common;
using Coinwire.Normalizing;
using System.Security.Cryptography;
using System.Text;

namespace Coinwire.Clustering;

/// <summary>
/// The keys under which an item is an exact duplicate of another: the source's own id (per source), the
/// canonical link (any source) and the content hash of the normalized title and text (any source).
/// Two items sharing any key are the same item, whatever their wording of the rest.
/// </summary>
/// <param name="ExternalId">"id:{sourceKey}:{externalId}", or null without an id.</param>
/// <param name="Link">"link:{link}" with scheme, host and trailing slash unified, or null without a link.</param>
/// <param name="Content">"hash:{sha-256 hex}" of <see cref="ContentHash(string?, string?)"/>, or null when title and text are empty.</param>
public sealed record ExactDuplicateKeys(string? ExternalId, string? Link, string? Content)
{
    /// <summary>The keys of an item. <paramref name="canonicalLink"/> is expected to be canonicalized already (tracking parameters removed).</summary>
    public static ExactDuplicateKeys For(string sourceKey, string? externalId, string? canonicalLink, string? title, string? text)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        var hash = ContentHash(title, text);
        return new ExactDuplicateKeys(
            string.IsNullOrWhiteSpace(externalId) ? null : $"id:{sourceKey}:{externalId.Trim()}",
            LinkKey(canonicalLink) is { } link ? "link:" + link : null,
            hash is null ? null : "hash:" + hash);
    }

    /// <summary>The non-null keys.</summary>
    public IEnumerable<string> All()
    {
        if (ExternalId is not null)
        {
            yield return ExternalId;
        }
        if (Link is not null)
        {
            yield return Link;
        }
        if (Content is not null)
        {
            yield return Content;
        }
    }

    /// <summary>
    /// <see cref="TextCleanup.ContentHash"/> of the title and text after <see cref="TextNormalizer.Normalize"/>
    /// (lower-case hex SHA-256): the value for <c>ItemRecord.ContentHash</c>. Null when both normalize to nothing.
    /// Markup, case, punctuation and outlet boilerplate do not change it.
    /// </summary>
    public static string? ContentHash(string? title, string? text) => ContentHash(TextNormalizer.Tokens(title), text);

    /// <summary>
    /// <see cref="ContentHash(string?, string?)"/> from the title's <see cref="TextNormalizer.Tokens(string?)"/>, for a
    /// caller that needs them anyway (the item's SimHash).
    /// </summary>
    public static string? ContentHash(IReadOnlyList<string> titleTokens, string? text)
    {
        ArgumentNullException.ThrowIfNull(titleTokens);
        var normalizedTitle = string.Join(' ', titleTokens);
        var normalizedText = TextNormalizer.Normalize(text);
        return normalizedTitle.Length + normalizedText.Length == 0 ? null : TextCleanup.ContentHash(normalizedTitle, normalizedText);
    }

    /// <summary>
    /// A link reduced for comparison: http and https equal, host lower-cased without "www.", no fragment, no
    /// default port, no trailing slash on the path. Null for empty or non-http(s) links.
    /// </summary>
    public static string? LinkKey(string? link)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }
        var host = HttpUrls.HostKey(uri);
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        var path = uri.AbsolutePath.TrimEnd('/');
        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port;
        return new StringBuilder(host).Append(port).Append(path).Append(uri.Query).ToString();
    }
}
