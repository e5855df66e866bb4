using System.Xml;

namespace Coinwire.Parsing.Xml;

/// <summary>
/// Element names and namespace URIs atomized in one <see cref="XmlNameTable"/>, so readers compare names by
/// reference instead of by content. One instance per thread is reused across parses.
/// </summary>
internal sealed class FeedNames
{
    private const int ReuseLimit = 512;

    [ThreadStatic]
    private static FeedNames? _current;

    private int _uses;

    private FeedNames()
    {
        Table = new NameTable();
        string A(string s) => Table.Add(s);
        Xml = A("http://www.w3.org/XML/1998/namespace");
        AtomNs = A("http://www.w3.org/2005/Atom");
        AtomNsSlash = A("http://www.w3.org/2005/Atom/");
        Atom03Ns = A("http://purl.org/atom/ns#");
        Rss10Ns = A("http://purl.org/rss/1.0/");
        Rss090Ns = A("http://my.netscape.com/rdf/simple/0.9/");
        RdfNs = A("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        ContentNs = A("http://purl.org/rss/1.0/modules/content/");
        DcNs = A("http://purl.org/dc/elements/1.1/");
        DcTermsNs = A("http://purl.org/dc/terms/");
        MediaNs = A("http://search.yahoo.com/mrss/");
        MediaNsSlashless = A("http://search.yahoo.com/mrss");
        ItunesNs = A("http://www.itunes.com/dtds/podcast-1.0.dtd");
        FeedburnerNs = A("http://rssnamespace.org/feedburner/ext/1.0");
        XhtmlNs = A("http://www.w3.org/1999/xhtml");
        Empty = A(string.Empty);
        Rss = A("rss"); Channel = A("channel"); Item = A("item"); Title = A("title"); Link = A("link");
        Description = A("description"); Guid = A("guid"); PubDate = A("pubDate"); Author = A("author");
        Creator = A("creator"); Category = A("category"); Enclosure = A("enclosure"); Language = A("language");
        Date = A("date"); Encoded = A("encoded"); Image = A("image"); Url = A("url"); Type = A("type"); Length = A("length");
        Href = A("href"); Rel = A("rel"); Feed = A("feed"); Entry = A("entry"); Id = A("id"); Published = A("published");
        Updated = A("updated"); Issued = A("issued"); Modified = A("modified"); Created = A("created"); Summary = A("summary");
        Content = A("content"); Name = A("name"); Email = A("email"); Term = A("term"); Label = A("label"); Base = A("base");
        Rdf = A("RDF"); About = A("about"); Subject = A("subject"); Thumbnail = A("thumbnail"); Group = A("group");
        Medium = A("medium"); OrigLink = A("origLink"); Html = A("html"); Tagline = A("tagline"); Subtitle = A("subtitle");
        IsPermaLink = A("isPermaLink"); Mode = A("mode"); Keywords = A("keywords"); Src = A("src"); Lang = A("lang");
        Body = A("body"); FullItem = A("fullitem");
    }

    /// <summary>The shared table the reader must use.</summary>
    public XmlNameTable Table { get; }

    /// <summary>The parser context <see cref="XmlFeedReader"/> made for this table, reused across parses.</summary>
    public XmlParserContext? ParserContext { get; set; }

    /// <summary>The pre-declared prefixes and their URIs atomized in <see cref="Table"/>, for <see cref="FastXmlReader"/>.</summary>
    public (string Prefix, string Uri)[]? Predeclared { get; set; }

    public string Xml { get; }
    public string AtomNs { get; }
    public string AtomNsSlash { get; }
    public string Atom03Ns { get; }
    public string Rss10Ns { get; }
    public string Rss090Ns { get; }
    public string RdfNs { get; }
    public string ContentNs { get; }
    public string DcNs { get; }
    public string DcTermsNs { get; }
    public string MediaNs { get; }
    public string MediaNsSlashless { get; }
    public string ItunesNs { get; }
    public string FeedburnerNs { get; }
    public string XhtmlNs { get; }
    public string Empty { get; }
    public string Rss { get; }
    public string Channel { get; }
    public string Item { get; }
    public string Title { get; }
    public string Link { get; }
    public string Description { get; }
    public string Guid { get; }
    public string PubDate { get; }
    public string Author { get; }
    public string Creator { get; }
    public string Category { get; }
    public string Enclosure { get; }
    public string Language { get; }
    public string Date { get; }
    public string Encoded { get; }
    public string Image { get; }
    public string Url { get; }
    public string Type { get; }
    public string Length { get; }
    public string Href { get; }
    public string Rel { get; }
    public string Feed { get; }
    public string Entry { get; }
    public string Id { get; }
    public string Published { get; }
    public string Updated { get; }
    public string Issued { get; }
    public string Modified { get; }
    public string Created { get; }
    public string Summary { get; }
    public string Content { get; }
    public string Name { get; }
    public string Email { get; }
    public string Term { get; }
    public string Label { get; }
    public string Base { get; }
    public string Rdf { get; }
    public string About { get; }
    public string Subject { get; }
    public string Thumbnail { get; }
    public string Group { get; }
    public string Medium { get; }
    public string OrigLink { get; }
    public string Html { get; }
    public string Tagline { get; }
    public string Subtitle { get; }
    public string IsPermaLink { get; }
    public string Mode { get; }
    public string Keywords { get; }
    public string Src { get; }
    public string Lang { get; }
    public string Body { get; }
    public string FullItem { get; }

    /// <summary>The thread's instance; replaced now and then so names from odd feeds do not accumulate forever.</summary>
    public static FeedNames Rent()
    {
        var names = _current;
        if (names is null || ++names._uses > ReuseLimit)
        {
            names = _current = new FeedNames();
        }
        return names;
    }

    /// <summary>True for the Atom 1.0 namespace, its trailing-slash misspelling and Atom 0.3.</summary>
    public bool IsAtom(string ns) => (object)ns == AtomNs || (object)ns == AtomNsSlash || (object)ns == Atom03Ns;

    /// <summary>True for Media RSS (with or without the trailing slash).</summary>
    public bool IsMedia(string ns) => (object)ns == MediaNs || (object)ns == MediaNsSlashless;

    /// <summary>True for Dublin Core elements or terms.</summary>
    public bool IsDc(string ns) => (object)ns == DcNs || (object)ns == DcTermsNs;
}
