using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;

namespace Coinwire.Images;

/// <summary>
/// Covers drawn locally, so no article is without an image and nothing depends on the network: a 1200×630 SVG with the
/// subject's colours as a gradient and its ticker/name as text. No external references, no script; the same subject
/// always gives the same bytes and key.
/// </summary>
public static class GeneratedCover
{
    /// <summary>Width in pixels (the Open Graph size).</summary>
    public const int Width = 1200;

    /// <summary>Height in pixels.</summary>
    public const int Height = 630;

    // Bumped when the drawing changes, so keys (file names, cached URLs) change with it.
    private const string DesignVersion = "1";

    private const string Fonts = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

    /// <summary>
    /// A file-name-safe key for <paramref name="subject"/>: <c>coin-btc-1a2b3c4d</c> / <c>topic-market-…</c>; the hash covers
    /// everything drawn, so a different name or design gives a different key.
    /// </summary>
    public static string Key(CoverSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var slug = new string(subject.Code.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')).Take(24).ToArray());
        var identity = string.Join('\n', DesignVersion, subject.IsCoin, subject.Code, subject.Headline, subject.Subtitle,
            subject.Palette.From, subject.Palette.To, subject.Palette.Text);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..8];
        return $"{(subject.IsCoin ? "coin" : "topic")}-{(slug.Length > 0 ? slug : "x")}-{hash}";
    }

    /// <summary>The URL path the web tier serves the cover at: <c>/covers/{key}.svg</c>.</summary>
    public static string UrlPath(CoverSubject subject) => $"/covers/{Key(subject)}.svg";

    /// <summary>The cover image record for <paramref name="subject"/> (all six sizes the same SVG, <c>provider: generated</c>).</summary>
    public static CoverImage Image(CoverSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var alt = subject.IsCoin ? $"{subject.Subtitle} ({subject.Code}) cover" : $"{subject.Headline} cover";
        return CoverImage.FromSingleUrl(UrlPath(subject), CoverProviders.Generated, alt);
    }

    /// <summary>The SVG document for <paramref name="subject"/>.</summary>
    public static string Svg(CoverSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var p = subject.Palette;
        var sb = new StringBuilder(2048);
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true, Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = Encoding.UTF8,
        };
        using (var w = XmlWriter.Create(sb, settings))
        {
            const string ns = "http://www.w3.org/2000/svg";
            var label = subject.IsCoin ? $"{subject.Subtitle} ({subject.Code})" : subject.Headline;
            w.WriteStartElement("svg", ns);
            Attrs(w, ("width", I(Width)), ("height", I(Height)), ("viewBox", $"0 0 {I(Width)} {I(Height)}"), ("role", "img"), ("aria-label", label));
            w.WriteElementString("title", ns, label);
            w.WriteStartElement("defs", ns);
            w.WriteStartElement("linearGradient", ns);
            Attrs(w, ("id", "bg"), ("x1", "0"), ("y1", "0"), ("x2", "1"), ("y2", "1"));
            Element(w, "stop", ("offset", "0"), ("stop-color", p.From));
            Element(w, "stop", ("offset", "1"), ("stop-color", p.To));
            w.WriteEndElement();
            w.WriteEndElement();
            Element(w, "rect", ("width", I(Width)), ("height", I(Height)), ("fill", "url(#bg)"));
            Element(w, "circle", ("cx", "980"), ("cy", "300"), ("r", "250"), ("fill", p.Text), ("fill-opacity", "0.08"));
            Element(w, "circle", ("cx", "980"), ("cy", "300"), ("r", "160"), ("fill", "none"), ("stroke", p.Text), ("stroke-opacity", "0.18"), ("stroke-width", "14"));
            Text(w, subject.Headline, 80, 330, HeadlineSize(subject.Headline), "800", p.Text, "1");
            Text(w, subject.Subtitle, 84, 410, subject.Subtitle.Length > 24 ? 40 : 52, "500", p.Text, "0.9");
            Text(w, "COINWIRE", 84, 560, 28, "700", p.Text, "0.7");
            w.WriteEndElement();
        }
        return sb.Append('\n').ToString();
    }

    private static int HeadlineSize(string text) => text.Length switch { <= 5 => 150, <= 8 => 120, <= 11 => 100, <= 16 => 76, _ => 60 };

    private static void Text(XmlWriter w, string text, int x, int y, int size, string weight, string fill, string opacity)
    {
        w.WriteStartElement("text", "http://www.w3.org/2000/svg");
        Attrs(w, ("x", I(x)), ("y", I(y)), ("font-family", Fonts), ("font-size", I(size)), ("font-weight", weight), ("fill", fill), ("fill-opacity", opacity));
        w.WriteString(text);
        w.WriteEndElement();
    }

    private static void Element(XmlWriter w, string name, params (string Name, string Value)[] attributes)
    {
        w.WriteStartElement(name, "http://www.w3.org/2000/svg");
        Attrs(w, attributes);
        w.WriteEndElement();
    }

    private static void Attrs(XmlWriter w, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
            w.WriteAttributeString(name, value);
    }

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);
}
