using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing.Rss;

/// <summary>An RSS 0.9x/1.0/2.0 item as written, before the link/id/date/image rules pick from it.</summary>
internal sealed class RssItem
{
    public string? Title { get; set; }
    public string? Link { get; set; }
    public string? Guid { get; set; }
    public bool GuidIsPermaLink { get; set; } = true;
    public string? About { get; set; }
    public string? Description { get; set; }
    public string? DcTitle { get; set; }
    public string? DcDescription { get; set; }
    public string? ContentEncoded { get; set; }
    public string? PubDate { get; set; }
    public string? DcDate { get; set; }
    public string? DcIssued { get; set; }
    public string? AtomPublished { get; set; }
    public string? AtomUpdated { get; set; }
    public string? AtomLink { get; set; }
    public string? OrigLink { get; set; }
    public string? ItunesImage { get; set; }
    public string? ItunesSummary { get; set; }
    public string? ItunesAuthor { get; set; }
    public string? Language { get; set; }
    public Uri? BaseUri { get; set; }
    public List<string> Authors { get; } = [];
    public List<string> Categories { get; } = [];
    public List<FeedEnclosure> Enclosures { get; } = [];
    public List<MediaRef>? Media { get; set; }
    public string? MediaDescription { get; set; }
}
