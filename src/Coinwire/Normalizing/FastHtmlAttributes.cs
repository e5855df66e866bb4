using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html;

namespace Coinwire.Normalizing;

/// <summary>
/// Attributes for <see cref="FastHtmlSanitizer"/>: read as the HTML tokenizer reads them (refusing the syntax errors
/// whose recovery it does not model), then filtered and their URLs checked exactly as <see cref="FeedHtmlSanitizer"/>
/// (HtmlSanitizer's rules with our post-processing) does.
/// </summary>
internal static partial class FastHtmlAttributes
{
    private static readonly HashSet<string> Allowed = FeedHtmlPolicy.AllowedAttributes.ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AllowedNames = Allowed.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> UrlAttributes = new[] { "href", "src", "cite", "poster" }.ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> Schemes = FeedHtmlPolicy.AllowedSchemes.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the attributes after a tag name at <paramref name="i"/> up to and past the closing <c>&gt;</c>; a repeated
    /// name keeps its first value. Only allowed attributes are collected (the others are read and checked, never
    /// copied: <c>class</c>, <c>style</c> and <c>srcset</c>-sized <c>data-*</c> values are most of a body's attribute
    /// text). False for input the fast path leaves to the parser.
    /// </summary>
    public static bool TryRead(string s, ref int i, List<KeyValuePair<string, string>> attributes, StringBuilder scratch, out bool selfClosing)
    {
        selfClosing = false;
        attributes.Clear();
        while (true)
        {
            i = SkipSpace(s, i);
            if (i >= s.Length)
            {
                return false;
            }
            var c = s[i];
            if (c == '>')
            {
                i++;
                return true;
            }
            if (c == '/')
            {
                i++;
                if (i < s.Length && s[i] == '>')
                {
                    selfClosing = true;
                    i++;
                    return true;
                }
                continue;
            }
            if (c == '=' || !TryReadOne(s, ref i, scratch, out var name, out var value))
            {
                return false;
            }
            if (name is not null && IndexOf(attributes, name) < 0)
            {
                attributes.Add(new(name, value));
            }
        }
    }

    // name is null (and value empty) for an attribute that is not on the allow-list.
    private static bool TryReadOne(string s, ref int i, StringBuilder scratch, out string? name, out string value)
    {
        value = string.Empty;
        var start = i;
        // A quote or '<' here is a parse error the tokenizer recovers from by taking it as part of the name (a stray
        // quote after a value, <c>data-x='1''</c>, is an attribute named <c>'</c>); such names are never allowed.
        while (i < s.Length && !IsSpace(s[i]) && s[i] is not ('/' or '>' or '='))
        {
            i++;
        }
        // Non-ASCII names decline: the spec lower-cases ASCII only, ToLowerInvariant also folds U+0130 or U+212A,
        // and such names are never on the allow-list anyway.
        if (!System.Text.Ascii.IsValid(s.AsSpan(start, i - start)))
        {
            name = string.Empty;
            return false;
        }
        name = AllowedName(s.AsSpan(start, i - start));
        i = SkipSpace(s, i);
        if (i >= s.Length || s[i] != '=')
        {
            return true;
        }
        i = SkipSpace(s, i + 1);
        if (i >= s.Length)
        {
            return false;
        }
        if (s[i] is '"' or '\'')
        {
            var close = s.IndexOf(s[i], i + 1);
            if (close < 0 || !TryDecode(s, i + 1, close, scratch, name is not null, out value))
            {
                return false;
            }
            i = close + 1;
            return true;
        }
        var end = i;
        while (end < s.Length && !IsSpace(s[end]) && s[end] != '>')
        {
            if (s[end] is '"' or '\'' or '<' or '=' or '`')
            {
                return false;
            }
            end++;
        }
        var ok = TryDecode(s, i, end, scratch, name is not null, out value);
        i = end;
        return ok;
    }

    // The name as the tokenizer lower-cases it, when allowed; null otherwise. Only ASCII reaches here.
    private static string? AllowedName(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[16];
        if (name.Length > lower.Length)
        {
            return null;
        }
        var done = System.Text.Ascii.ToLower(name, lower, out var written) == System.Buffers.OperationStatus.Done;
        return done && AllowedNames.TryGetValue(lower[..written], out var allowed) ? allowed : null;
    }

    // Checks the references in the value like the tokenizer; builds the decoded string only when wanted.
    private static bool TryDecode(string s, int start, int end, StringBuilder scratch, bool wanted, out string value)
    {
        var amp = s.IndexOf('&', start, end - start);
        if (amp < 0)
        {
            value = wanted ? s[start..end] : string.Empty;
            return true;
        }
        scratch.Clear().Append(s, start, amp - start);
        value = string.Empty;
        while (amp >= 0)
        {
            switch (FastHtmlText.Read(s, amp, scratch, inAttribute: true, out var next))
            {
                case FastHtmlText.Reference.Unsupported:
                    return false;
                case FastHtmlText.Reference.Literal:
                    scratch.Append('&');
                    break;
            }
            if (next > end)
            {
                return false;
            }
            amp = next < end ? s.IndexOf('&', next, end - next) : -1;
            scratch.Append(s, next, (amp < 0 ? end : amp) - next);
        }
        value = wanted ? scratch.ToString() : string.Empty;
        return true;
    }

    /// <summary>
    /// Writes the attributes <paramref name="tag"/> keeps after sanitizing and post-processing, in their order:
    /// <c>target</c> becomes <c>_blank</c>, links with an <c>href</c> get <c>rel</c>, video embeds their https source
    /// and sandbox. False when the element goes: an image <see cref="FeedHtmlPolicy.IsTrackingPixel"/> drops, an
    /// iframe not from a known video host.
    /// </summary>
    public static bool TryWrite(StringBuilder sb, string tag, List<KeyValuePair<string, string>> attributes, BaseUrl baseUrl, List<KeyValuePair<string, string>> kept)
    {
        kept.Clear();
        foreach (var (name, raw) in attributes)
        {
            if (Allowed.Contains(name) && KeptValue(name, raw, baseUrl) is { } value)
            {
                kept.Add(new(name, name == "target" && tag == "a" ? "_blank" : value));
            }
        }
        var src = IndexOf(kept, "src");
        switch (tag)
        {
            case "img" when FeedHtmlPolicy.IsTrackingPixel(src < 0 ? null : kept[src].Value, Value(kept, "width"), Value(kept, "height")):
                return false;
            case "iframe":
                if (FeedHtmlPolicy.EmbedSource(src < 0 ? null : kept[src].Value) is not { } embed)
                {
                    return false;
                }
                kept[src] = new("src", embed);
                kept.AddRange(FeedHtmlPolicy.EmbedAttributes);
                break;
            case "a" when Value(kept, "href") is not null:
                kept.Add(new("rel", "nofollow noopener noreferrer"));
                break;
        }
        foreach (var (name, value) in kept)
        {
            Append(sb, name, value);
        }
        return true;
    }

    private static string? Value(List<KeyValuePair<string, string>> attributes, string name) =>
        IndexOf(attributes, name) is var at and >= 0 ? attributes[at].Value : null;

    // A loop, not a predicate: a lambda capturing the name costs two objects per attribute.
    private static int IndexOf(List<KeyValuePair<string, string>> attributes, string name)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i].Key == name)
            {
                return i;
            }
        }
        return -1;
    }

    private static void Append(StringBuilder sb, string name, string value)
    {
        sb.Append(' ').Append(name).Append("=\"");
        FastHtmlText.AppendAttributeValue(sb, value);
        sb.Append('"');
    }

    /// <summary>
    /// What HtmlSanitizer keeps of an allowed attribute's value: URL attributes (<c>href</c>, <c>src</c>, <c>cite</c>,
    /// <c>poster</c>) screened and resolved, <c>srcset</c> screened per candidate, anything holding <c>&amp;{</c> (a
    /// JavaScript include) dropped; null when the attribute goes. Shared by both sanitizers.
    /// </summary>
    public static string? KeptValue(string name, string value, BaseUrl baseUrl) =>
        Sanitized(name, value, baseUrl) is { } kept && !kept.Contains("&{", StringComparison.Ordinal) ? kept : null;

    private static string? Sanitized(string name, string value, BaseUrl baseUrl)
    {
        if (UrlAttributes.Contains(name))
        {
            return SanitizeUrl(value, baseUrl);
        }
        if (name != "srcset")
        {
            return value;
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var kept = new List<string>();
        foreach (var candidate in SourceSet.Parse(value))
        {
            if (!string.IsNullOrEmpty(candidate.Url) && SanitizeUrl(candidate.Url, baseUrl) is { } url)
            {
                kept.Add(string.IsNullOrEmpty(candidate.Descriptor) ? url : url + " " + candidate.Descriptor);
            }
        }
        return kept.Count > 0 ? string.Join(", ", kept) : null;
    }

    // HtmlSanitizer's rule: a scheme (text before the first ':' ahead of any '/' or '#', also as &#58;) must be
    // allowed; a relative URL is resolved against the base when there is one, else kept as written.
    private static string? SanitizeUrl(string url, BaseUrl baseUrl)
    {
        url = url.TrimStart();
        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }
        var scheme = SchemePrefix().Match(url);
        if (scheme.Success)
        {
            return Schemes.Contains(scheme.Groups[1].Value) ? url : null;
        }
        if (baseUrl.Text.Length == 0)
        {
            return url;
        }
        if (baseUrl.Uri is null)
        {
            return null;
        }
        try
        {
            var resolved = new Uri(baseUrl.Uri, url);
            return Schemes.Contains(resolved.Scheme) ? resolved.AbsoluteUri : null;
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^([^\/#]*?)(?:\:|&#0*58|&#x0*3a)", RegexOptions.IgnoreCase)]
    private static partial Regex SchemePrefix();

    private static int SkipSpace(string s, int i)
    {
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>The tokenizer's whitespace (CR is already normalized away).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f';
}

/// <summary>The base URL relative URLs resolve against, and the <see cref="System.Uri"/> it parses to (null when it does not).</summary>
internal sealed record BaseUrl(string Text, Uri? Uri)
{
    /// <summary>The base for <paramref name="text"/> (empty: no base).</summary>
    public static BaseUrl Of(string text) =>
        new(text, text.Length > 0 && Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null);
}
