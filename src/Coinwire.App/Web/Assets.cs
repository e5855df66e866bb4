namespace Coinwire.App.Web;

/// <summary>Static files embedded in the executable (<c>Web/Assets/</c>).</summary>
public static class Assets
{
    private static readonly Lazy<string> Css = new(() => Read("site.css"));

    /// <summary>The site's stylesheet.</summary>
    public static string SiteCss => Css.Value;

    private static string Read(string name)
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream("Coinwire.App.Web.Assets." + name)
            ?? throw new InvalidOperationException($"embedded asset {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
