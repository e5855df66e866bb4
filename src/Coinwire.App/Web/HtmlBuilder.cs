using System.Text;

namespace Coinwire.App.Web;

/// <summary>
/// Builds HTML with every text and attribute value encoded; the only unencoded input is <see cref="Raw"/>, used for
/// markup this code wrote itself and for the sanitized Markdown renderer output.
/// </summary>
public sealed class HtmlBuilder
{
    private readonly StringBuilder sb = new(8192);

    /// <summary>Appends trusted markup.</summary>
    public HtmlBuilder Raw(string html)
    {
        sb.Append(html);
        return this;
    }

    /// <summary>Appends encoded text.</summary>
    public HtmlBuilder Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            AppendEncoded(sb, text);
        }
        return this;
    }

    /// <summary>Opens <paramref name="tag"/> with encoded attributes; null values are left out, empty names-only values written bare.</summary>
    public HtmlBuilder Open(string tag, params (string Name, string? Value)[] attributes)
    {
        sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }
            sb.Append(' ').Append(name).Append("=\"");
            AppendEncoded(sb, value);
            sb.Append('"');
        }
        sb.Append('>');
        return this;
    }

    /// <summary>Closes <paramref name="tag"/>.</summary>
    public HtmlBuilder Close(string tag)
    {
        sb.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding encoded text.</summary>
    public HtmlBuilder El(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>A link to <paramref name="href"/> when it is safe (see <see cref="SafeUrl"/>), else the plain text.</summary>
    public HtmlBuilder Link(string? href, string? text, string? cssClass = null, string? rel = null)
    {
        var safe = SafeUrl(href);
        return safe is null ? El("span", text, ("class", cssClass)) : El("a", text, ("href", safe), ("class", cssClass), ("rel", rel));
    }

    /// <inheritdoc/>
    public override string ToString() => sb.ToString();

    /// <summary>Encodes text for HTML.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var sb = new StringBuilder(text.Length + 16);
        AppendEncoded(sb, text);
        return sb.ToString();
    }

    /// <summary>Escapes the five characters that matter in text and in double-quoted attribute values.</summary>
    private static void AppendEncoded(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\0': break;
                default: sb.Append(c); break;
            }
        }
    }

    /// <summary>
    /// <paramref name="url"/> when it is an absolute http(s) URL or a site-relative path, else null: stored data never
    /// gets to choose a <c>javascript:</c>, <c>data:</c> or protocol-relative target.
    /// </summary>
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }
        url = url.Trim();
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal))
        {
            return url;
        }
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
    }
}
