using System.Security.Cryptography;
using System.Text;

namespace Coinwire.App.Web;

/// <summary>
/// Generated covers at <c>/covers/{name}.svg</c>: a gradient with the name, used by the demo articles (and any
/// article whose cover points at <c>http://localhost…/covers/</c>) so the site needs no image hosting offline.
/// </summary>
public static class CoverArt
{
    private static readonly string[][] Palettes =
    [
        ["#0b5fce", "#6a3fd1"], ["#0f7b3f", "#0b5fce"], ["#b3261e", "#8a5a00"], ["#8a5a00", "#c2410c"],
        ["#334155", "#0f766e"], ["#6d28d9", "#db2777"], ["#0e7490", "#1d4ed8"],
    ];

    /// <summary>True when <paramref name="name"/> is a valid cover name (letters, digits, dashes; short).</summary>
    public static bool IsName(string name) =>
        name.Length is > 0 and <= 40 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>The SVG for <paramref name="name"/>.</summary>
    public static string Svg(string name)
    {
        var palette = Palettes[SHA256.HashData(Encoding.UTF8.GetBytes(name))[0] % Palettes.Length];
        var label = HtmlBuilder.Encode(name.Replace('-', ' ').ToUpperInvariant());
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1080 608\" width=\"1080\" height=\"608\">" +
            $"<defs><linearGradient id=\"g\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\"><stop offset=\"0\" stop-color=\"{palette[0]}\"/><stop offset=\"1\" stop-color=\"{palette[1]}\"/></linearGradient></defs>" +
            "<rect width=\"1080\" height=\"608\" fill=\"url(#g)\"/>" +
            "<circle cx=\"880\" cy=\"140\" r=\"220\" fill=\"#ffffff\" fill-opacity=\"0.08\"/><circle cx=\"160\" cy=\"520\" r=\"160\" fill=\"#ffffff\" fill-opacity=\"0.06\"/>" +
            $"<text x=\"72\" y=\"330\" font-family=\"system-ui, sans-serif\" font-size=\"120\" font-weight=\"800\" fill=\"#ffffff\">{label}</text>" +
            "<text x=\"76\" y=\"400\" font-family=\"system-ui, sans-serif\" font-size=\"36\" fill=\"#ffffff\" fill-opacity=\"0.8\">Coinwire</text></svg>";
    }

    /// <summary>
    /// The site-relative path for a generated cover URL (<c>http://localhost:5080/covers/btc.svg</c> → <c>/covers/btc.svg</c>),
    /// else <paramref name="url"/> unchanged.
    /// </summary>
    public static string? Localize(string? url)
    {
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback &&
            uri.AbsolutePath.StartsWith("/covers/", StringComparison.Ordinal) && string.IsNullOrEmpty(uri.Query))
        {
            return uri.AbsolutePath;
        }
        return url;
    }
}
