namespace Coinwire.Images;

/// <summary>Settings of the images stage, bound from the <c>Images</c> configuration section.</summary>
public sealed class ImagesOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Images";

    /// <summary>The data directory; generated covers go to <c>{DataDirectory}/covers/</c> (default <c>data</c>).</summary>
    public string DataDirectory { get; set; } = "data";
}
