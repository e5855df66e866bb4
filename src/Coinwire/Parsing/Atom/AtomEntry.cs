using Coinwire.Parsing.Xml;

namespace Coinwire.Parsing.Atom;

/// <summary>An Atom 0.3/1.0 entry as written, before the adapter picks the link and dates.</summary>
internal sealed class AtomEntry
{
    public string? Id { get; set; }
    public AtomText? Title { get; set; }
    public List<(string Rel, string? Type, string Href)> Links { get; } = [];
    public string? Published { get; set; }
    public string? Updated { get; set; }
    public string? Created { get; set; }
    public List<string> Authors { get; } = [];
    public AtomText? Summary { get; set; }
    public AtomText? Content { get; set; }
    public List<string> Categories { get; } = [];
    public List<FeedEnclosure> Enclosures { get; } = [];
    public List<MediaRef>? Media { get; set; }
    public string? MediaDescription { get; set; }
    public string? Language { get; set; }
    public Uri? BaseUri { get; set; }
    public Uri? ContentBase { get; set; }
}
