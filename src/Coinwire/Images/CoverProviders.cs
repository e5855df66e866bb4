namespace Coinwire.Images;

/// <summary>Values of <c>coverImage.provider</c>.</summary>
public static class CoverProviders
{
    /// <summary>The publisher's own image: feed media or the article page's <c>og:image</c>.</summary>
    public const string Feed = "feed";

    /// <summary>A photo found by Unsplash search.</summary>
    public const string Unsplash = "unsplash";

    /// <summary>A cover drawn locally for the category or coin.</summary>
    public const string Generated = "generated";
}
