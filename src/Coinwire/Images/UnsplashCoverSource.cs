using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coinwire.Images;

/// <summary>
/// Finds a cover on Unsplash: the search for the story's query (cached), the first photo not used lately, its download
/// tracked, the six sizes and the photographer credit filled in. <see langword="null"/> whenever that cannot all happen.
/// </summary>
public sealed class UnsplashCoverSource
{
    private readonly UnsplashClient _client;
    private readonly UnsplashSearchCache _cache;
    private readonly RecentlyUsedPhotos _recent;
    private readonly IOptionsMonitor<UnsplashOptions> _options;
    private readonly ILogger<UnsplashCoverSource> _logger;

    /// <summary>Creates the source.</summary>
    public UnsplashCoverSource(
        UnsplashClient client, UnsplashSearchCache cache, RecentlyUsedPhotos recent,
        IOptionsMonitor<UnsplashOptions> options, ILogger<UnsplashCoverSource> logger)
    {
        _client = client;
        _cache = cache;
        _recent = recent;
        _options = options;
        _logger = logger;
    }

    /// <summary>Whether an access key is configured (nothing is sent otherwise).</summary>
    public bool IsConfigured => _client.IsConfigured;

    /// <summary>A cover for <paramref name="request"/>, or <see langword="null"/>.</summary>
    public async Task<CoverImage?> FindAsync(CoverRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_client.IsConfigured)
            return null;
        var query = CoverQuery.For(request);
        var photos = await _cache.GetOrSearchAsync(query, _client.SearchAsync, cancellationToken);
        if (photos is null)
            return null;
        var photo = _recent.Choose(photos);
        if (photo is null)
            return null;
        // A photo may only be shown once its download is tracked (Unsplash API guidelines).
        if (!await _client.TrackDownloadAsync(photo, cancellationToken))
        {
            _logger.LogInformation("Unsplash photo {Id} for {Query} not used: download not tracked", photo.Id, query);
            return null;
        }
        _recent.MarkUsed(photo.Id);
        return ToCover(photo, _options.CurrentValue.AppName);
    }

    /// <summary>The cover of <paramref name="photo"/>, credit linked with Unsplash's referral parameters.</summary>
    public static CoverImage ToCover(UnsplashPhoto photo, string appName)
    {
        ArgumentNullException.ThrowIfNull(photo);
        return new CoverImage
        {
            Raw = photo.Raw, Full = photo.Full, Regular = photo.Regular, Small = photo.Small, Thumb = photo.Thumb, SmallS3 = photo.SmallS3,
            Alt = photo.Alt,
            Credit = new CoverCredit(photo.UserName, UnsplashAttribution.WithReferral(photo.UserProfileUrl, appName)),
            Provider = CoverProviders.Unsplash,
        };
    }
}
