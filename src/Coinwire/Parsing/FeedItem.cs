namespace Coinwire.Parsing;

/// <summary>One feed item with raw field values; <see cref="Normalizing.FeedItemNormalizer"/> turns it into output.</summary>
public sealed class FeedItem
{
    /// <summary>An empty item.</summary>
    public FeedItem()
        : this([], [], [])
    {
    }

    /// <summary>An item that takes over lists a format reader built (they are not copied).</summary>
    internal FeedItem(List<string> authors, List<string> categories, List<FeedEnclosure> enclosures)
    {
        Authors = authors;
        Categories = categories;
        Enclosures = enclosures;
    }

    /// <summary>The publisher's id: RSS <c>guid</c>, Atom <c>id</c>, RDF <c>rdf:about</c>, JSON Feed <c>id</c>.</summary>
    public string? Id { get; set; }

    /// <summary>The title as given (may hold markup when <see cref="TitleIsHtml"/>).</summary>
    public string? Title { get; set; }

    /// <summary>True when the title is HTML (Atom <c>type="html"</c>/<c>xhtml</c>); RSS titles are treated as text that may hold markup.</summary>
    public bool TitleIsHtml { get; set; }

    /// <summary>The item's web page, resolved against the xml:base in scope when that gives an absolute URL.</summary>
    public string? Link { get; set; }

    /// <summary>The publication date as written in the feed.</summary>
    public string? PublishedRaw { get; set; }

    /// <summary>The publication date parsed to UTC, or <see langword="null"/>.</summary>
    public DateTimeOffset? Published { get; set; }

    /// <summary>The last-modified date as written in the feed.</summary>
    public string? UpdatedRaw { get; set; }

    /// <summary>The last-modified date parsed to UTC; for RSS and Atom items without one, the publication date; else <see langword="null"/>.</summary>
    public DateTimeOffset? Updated { get; set; }

    /// <summary>Author names (or e-mail addresses when no name is given), in document order.</summary>
    public List<string> Authors { get; }

    /// <summary>The short description (RSS <c>description</c>, Atom <c>summary</c>, JSON Feed <c>summary</c>), HTML or text.</summary>
    public string? Summary { get; set; }

    /// <summary>The fullest body (<c>content:encoded</c>, Atom <c>content</c>, <c>content_html</c>), HTML; null when only a summary exists.</summary>
    public string? Content { get; set; }

    /// <summary>The best image URL found (media RSS, enclosure, iTunes, first <c>&lt;img&gt;</c> in the HTML).</summary>
    public string? Image { get; set; }

    /// <summary>Attached files.</summary>
    public List<FeedEnclosure> Enclosures { get; }

    /// <summary>Category names / tags.</summary>
    public List<string> Categories { get; }

    /// <summary>The item language (<c>xml:lang</c>, <c>dc:language</c>, JSON Feed <c>language</c>), else the feed's.</summary>
    public string? Language { get; set; }

    /// <summary>The base URI in scope for the item (xml:base, else the site link, else the feed URL), for resolving relative URLs in its HTML.</summary>
    public Uri? BaseUri { get; set; }
}
