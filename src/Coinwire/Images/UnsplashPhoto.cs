namespace Coinwire.Images;

/// <summary>The parts of an Unsplash photo object a cover needs.</summary>
public sealed record UnsplashPhoto
{
    /// <summary>The photo's id.</summary>
    public required string Id { get; init; }

    /// <summary><c>urls.raw</c>.</summary>
    public required string Raw { get; init; }

    /// <summary><c>urls.full</c>.</summary>
    public required string Full { get; init; }

    /// <summary><c>urls.regular</c>.</summary>
    public required string Regular { get; init; }

    /// <summary><c>urls.small</c>.</summary>
    public required string Small { get; init; }

    /// <summary><c>urls.thumb</c>.</summary>
    public required string Thumb { get; init; }

    /// <summary><c>urls.small_s3</c>; <c>urls.small</c> when the API left it out.</summary>
    public required string SmallS3 { get; init; }

    /// <summary><c>alt_description</c>, else <c>description</c>.</summary>
    public string? Alt { get; init; }

    /// <summary><c>user.name</c>: the photographer to credit.</summary>
    public required string UserName { get; init; }

    /// <summary><c>user.links.html</c>: the photographer's profile page.</summary>
    public required string UserProfileUrl { get; init; }

    /// <summary><c>links.download_location</c>: the API endpoint to call when the photo is used.</summary>
    public string? DownloadLocation { get; init; }
}
