using System.Xml;

namespace Coinwire.Parsing.Xml;

/// <summary>xml:base scoping and URL resolution that never turns a relative path into a <c>file:</c> URI.</summary>
internal static class XmlUris
{
    /// <summary>The base in scope for the element under the reader: its xml:base resolved against <paramref name="parent"/>.</summary>
    public static Uri? ElementBase(XmlReader reader, FeedNames names, Uri? parent)
    {
        // Most elements have no attributes: skip the name-table lookups GetAttribute makes.
        var xmlBase = reader.HasAttributes ? reader.GetAttribute(names.Base, names.Xml) : null;
        return string.IsNullOrWhiteSpace(xmlBase) ? parent : Resolve(parent, xmlBase.Trim()) ?? parent;
    }

    /// <summary>An absolute URI for <paramref name="value"/> (absolute itself, or resolved against <paramref name="baseUri"/>), else null.</summary>
    public static Uri? Resolve(Uri? baseUri, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        value = value.Trim();
        if (TryAbsolute(value, out var absolute))
        {
            return absolute;
        }
        return baseUri is not null && Uri.TryCreate(baseUri, value, out var resolved) ? resolved : null;
    }

    /// <summary><paramref name="value"/> made absolute when possible, else returned trimmed as written.</summary>
    public static string? ResolveString(Uri? baseUri, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        value = value.Trim();
        if (LooksLikeWebUrl(value) || TryAbsolute(value, out _))
        {
            return value;
        }
        return baseUri is not null && Uri.TryCreate(baseUri, value, out var resolved) ? resolved.AbsoluteUri : value;
    }

    /// <summary>True when <paramref name="value"/> looks like a web URL (http, https, or scheme-relative).</summary>
    public static bool LooksLikeWebUrl(string? value) =>
        value is not null && (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase));

    private static bool TryAbsolute(string value, out Uri uri)
    {
        // On Unix "/path" parses as an absolute file URI; feeds never mean that.
        if (Uri.TryCreate(value, UriKind.Absolute, out uri!) && !uri.IsFile && !uri.IsUnc && value.Contains(':'))
        {
            return true;
        }
        uri = null!;
        return false;
    }
}
