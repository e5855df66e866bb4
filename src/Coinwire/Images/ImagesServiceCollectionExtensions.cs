using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Coinwire.Images;

/// <summary>Registers the images stage.</summary>
public static class ImagesServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CoverImageResolver"/> and its parts, with <see cref="UnsplashOptions"/> bound from <c>Unsplash</c> and
    /// <see cref="ImagesOptions"/> from <c>Images</c>. <c>og:image</c> lookups need the fetching stage (<c>AddFetching</c>) too;
    /// without it the resolver skips them.
    /// </summary>
    public static IServiceCollection AddImages(this IServiceCollection services)
    {
        services.AddOptions<UnsplashOptions>()
            .BindConfiguration(UnsplashOptions.SectionName)
            .Validate(o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp),
                "Unsplash:BaseUrl must be an absolute http(s) URL")
            .Validate(o => o.PerPage is >= 1 and <= 30, "Unsplash:PerPage must be 1–30")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Unsplash:Timeout must be positive")
            .Validate(o => o.CacheTtl >= TimeSpan.Zero, "Unsplash:CacheTtl must not be negative");
        services.AddOptions<ImagesOptions>()
            .BindConfiguration(ImagesOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "Images:DataDirectory must not be empty");

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UnsplashRateLimit>();
        services.TryAddSingleton<UnsplashSearchCache>();
        services.TryAddSingleton<RecentlyUsedPhotos>();
        services.TryAddSingleton(sp => new CoverStore(sp.GetRequiredService<IOptionsMonitor<ImagesOptions>>()));
        services.AddHttpClient<UnsplashClient>(client =>
            {
                // UnsplashClient applies Unsplash:Timeout per request.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "Coinwire/1.0 (+https://github.com/coinwire)");
            })
            .RedactLoggedHeaders(["Authorization"]);
        services.TryAddTransient<UnsplashCoverSource>();
        services.TryAddTransient(sp => new CoverImageResolver(
            sp.GetService<Fetching.FeedFetcher>() is { } fetcher
                ? new OgImageFinder(fetcher, sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<OgImageFinder>>())
                : null,
            sp.GetRequiredService<UnsplashCoverSource>(),
            sp.GetRequiredService<CoverStore>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<CoverImageResolver>>()));
        return services;
    }
}
