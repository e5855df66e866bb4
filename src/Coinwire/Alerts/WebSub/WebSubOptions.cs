namespace Coinwire.Alerts.WebSub;

/// <summary>WebSub publishing, bound from the <c>WebSub</c> configuration section; off while <see cref="Hub"/> is empty.</summary>
public sealed class WebSubOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "WebSub";

    /// <summary>The hub the feeds declare and that is pinged after publishing.</summary>
    public string? Hub { get; set; }

    /// <summary>The site's base URL the feed URLs start with; defaults to <c>Site:BaseUrl</c>.</summary>
    public string? SiteBaseUrl { get; set; }
}
