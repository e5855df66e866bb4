using System.Net;

namespace Coinwire.Images;

/// <summary>The attribution Unsplash requires: "Photo by NAME on Unsplash", both names linked with referral parameters.</summary>
public static class UnsplashAttribution
{
    /// <summary><paramref name="url"/> with <c>utm_source=APP&amp;utm_medium=referral</c> appended.</summary>
    public static string WithReferral(string url, string appName)
    {
        ArgumentNullException.ThrowIfNull(url);
        var source = Uri.EscapeDataString(string.IsNullOrWhiteSpace(appName) ? "coinwire" : appName.Trim());
        var fragment = url.IndexOf('#', StringComparison.Ordinal);
        var (head, tail) = fragment < 0 ? (url, "") : (url[..fragment], url[fragment..]);
        var separator = head.Contains('?', StringComparison.Ordinal) ? (head.EndsWith('?') || head.EndsWith('&') ? "" : "&") : "?";
        return $"{head}{separator}utm_source={source}&utm_medium=referral{tail}";
    }

    /// <summary>The Unsplash home page with referral parameters.</summary>
    public static string SiteUrl(string appName) => WithReferral("https://unsplash.com/", appName);

    /// <summary>Plain text credit, e.g. <c>Photo by Jane Doe on Unsplash</c>; <see langword="null"/> for covers needing none.</summary>
    public static string? Text(CoverImage cover)
    {
        ArgumentNullException.ThrowIfNull(cover);
        return cover.Provider == CoverProviders.Unsplash && cover.Credit is { } credit ? $"Photo by {credit.Name} on Unsplash" : null;
    }

    /// <summary>The credit as HTML with both links (text HTML-encoded); <see langword="null"/> for covers needing none.</summary>
    public static string? Html(CoverImage cover, string appName = "coinwire")
    {
        ArgumentNullException.ThrowIfNull(cover);
        if (cover.Provider != CoverProviders.Unsplash || cover.Credit is not { } credit)
            return null;
        static string E(string s) => WebUtility.HtmlEncode(s);
        return $"Photo by <a href=\"{E(credit.Url)}\">{E(credit.Name)}</a> on <a href=\"{E(SiteUrl(appName))}\">Unsplash</a>";
    }
}
