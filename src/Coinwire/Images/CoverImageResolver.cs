using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coinwire.Images;

/// <summary>
/// Picks a story's cover: the feed's own image, else the article page's <c>og:image</c> (when the source allows it), else an
/// Unsplash photo (when an access key is set), else a generated cover, so the answer is never empty and needs no network
/// when nothing is configured.
/// </summary>
public sealed class CoverImageResolver
{
    private readonly OgImageFinder? _ogImages;
    private readonly UnsplashCoverSource? _unsplash;
    private readonly CoverStore? _store;
    private readonly ILogger<CoverImageResolver> _logger;

    /// <summary>Creates the resolver; each missing part is skipped.</summary>
    public CoverImageResolver(
        OgImageFinder? ogImages = null, UnsplashCoverSource? unsplash = null, CoverStore? store = null,
        ILogger<CoverImageResolver>? logger = null)
    {
        _ogImages = ogImages;
        _unsplash = unsplash;
        _store = store;
        _logger = logger ?? NullLogger<CoverImageResolver>.Instance;
    }

    /// <summary>The cover for <paramref name="request"/>; never <see langword="null"/>.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<CoverImage> ResolveAsync(CoverRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var alt = string.IsNullOrWhiteSpace(request.Title) ? null : request.Title.Trim();

        if (HttpUrl(request.FeedImageUrl) is { } feedImage)
            return CoverImage.FromSingleUrl(feedImage.AbsoluteUri, CoverProviders.Feed, alt);

        if (request.AllowOgImage && _ogImages is not null && request.ArticleUrl is { } page
            && await _ogImages.FindAsync(page, request.AllowPrivate, cancellationToken) is { } ogImage)
        {
            return CoverImage.FromSingleUrl(ogImage.AbsoluteUri, CoverProviders.Feed, alt);
        }

        if (_unsplash is { IsConfigured: true } && await _unsplash.FindAsync(request, cancellationToken) is { } photo)
            return photo;

        var subject = CoverSubject.For(request);
        if (_store is not null)
        {
            try
            {
                await _store.SaveAsync(subject, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The article still gets its cover record; the file is written again next time one is needed.
                _logger.LogWarning("Generated cover {Key} not written: {Error}", GeneratedCover.Key(subject), e.Message);
            }
        }
        return GeneratedCover.Image(subject);
    }

    private static Uri? HttpUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;
}
