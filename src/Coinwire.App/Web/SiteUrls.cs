namespace Coinwire.App.Web;

/// <summary>Absolute URLs for feeds and the API: <c>Site:BaseUrl</c> when configured, else the request's scheme and host.</summary>
public static class SiteUrls
{
    /// <summary>The site's base URL, ending without a slash.</summary>
    public static string Base(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configured = context.RequestServices.GetService<IConfiguration>()?["Site:BaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured) && Uri.TryCreate(configured, UriKind.Absolute, out var uri))
        {
            return uri.AbsoluteUri.TrimEnd('/');
        }
        return $"{context.Request.Scheme}://{context.Request.Host.Value}";
    }

    /// <summary>An absolute URL for the site-relative <paramref name="path"/>.</summary>
    public static Uri Absolute(HttpContext context, string path) => new(Base(context) + path);
}
