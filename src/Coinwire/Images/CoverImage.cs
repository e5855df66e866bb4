using Coinwire.Articles;

namespace Coinwire.Images;

/// <summary>A chosen cover: the six sizes of the article contract plus alt text, credit and provider.</summary>
public sealed record CoverImage
{
    /// <summary><c>raw</c> URL.</summary>
    public required string Raw { get; init; }

    /// <summary><c>full</c> URL.</summary>
    public required string Full { get; init; }

    /// <summary><c>regular</c> URL (about 1080 wide).</summary>
    public required string Regular { get; init; }

    /// <summary><c>small</c> URL (about 400 wide).</summary>
    public required string Small { get; init; }

    /// <summary><c>thumb</c> URL (about 200 wide).</summary>
    public required string Thumb { get; init; }

    /// <summary><c>small_s3</c> URL.</summary>
    public required string SmallS3 { get; init; }

    /// <summary>Alt text, when known.</summary>
    public string? Alt { get; init; }

    /// <summary>Who to credit (Unsplash photographer), when required.</summary>
    public CoverCredit? Credit { get; init; }

    /// <summary>One of <see cref="CoverProviders"/>.</summary>
    public required string Provider { get; init; }

    /// <summary>A cover whose six sizes are all <paramref name="url"/> (feed images and generated covers come in one size).</summary>
    public static CoverImage FromSingleUrl(string url, string provider, string? alt = null) => new()
    {
        Raw = url, Full = url, Regular = url, Small = url, Thumb = url, SmallS3 = url, Alt = alt, Provider = provider,
    };

    /// <summary>Writes this cover into an article's <c>coverImage</c> mapping, replacing what was there.</summary>
    public void ApplyTo(ArticleCoverImage target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Raw = Raw;
        target.Full = Full;
        target.Regular = Regular;
        target.Small = Small;
        target.Thumb = Thumb;
        target.SmallS3 = SmallS3;
        target.Alt = string.IsNullOrWhiteSpace(Alt) ? null : Alt;
        if (Credit is null)
        {
            target.Mapping?.Remove("credit");
        }
        else
        {
            target.Credit.Name = Credit.Name;
            target.Credit.Url = Credit.Url;
        }
        target.Provider = Provider;
    }

    /// <summary>Reads an article's cover back; <see langword="null"/> when a required size is missing.</summary>
    public static CoverImage? From(ArticleCoverImage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Raw is not { } raw || source.Full is not { } full || source.Regular is not { } regular
            || source.Small is not { } small || source.Thumb is not { } thumb || source.SmallS3 is not { } smallS3)
        {
            return null;
        }
        var credit = source.Credit.Name is { } name && source.Credit.Url is { } url ? new CoverCredit(name, url) : null;
        return new CoverImage
        {
            Raw = raw, Full = full, Regular = regular, Small = small, Thumb = thumb, SmallS3 = smallS3,
            Alt = source.Alt, Credit = credit, Provider = source.Provider ?? CoverProviders.Feed,
        };
    }
}

/// <summary>A photographer credit.</summary>
/// <param name="Name">The photographer's name.</param>
/// <param name="Url">Their profile page, with the referral parameters Unsplash asks for.</param>
public sealed record CoverCredit(string Name, string Url);
