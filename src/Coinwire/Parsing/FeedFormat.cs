namespace Coinwire.Parsing;

/// <summary>The syndication format and version a feed was detected as.</summary>
public enum FeedFormat
{
    /// <summary>RSS 0.90 (Netscape RDF namespace).</summary>
    Rss090,

    /// <summary>RSS 0.91 (Netscape or UserLand).</summary>
    Rss091,

    /// <summary>RSS 0.92.</summary>
    Rss092,

    /// <summary>RSS 0.93.</summary>
    Rss093,

    /// <summary>RSS 0.94.</summary>
    Rss094,

    /// <summary>RSS 2.0 (also <c>&lt;rss&gt;</c> without a version).</summary>
    Rss20,

    /// <summary>RSS 1.0 (RDF).</summary>
    Rss10,

    /// <summary>Atom 0.3 (<c>http://purl.org/atom/ns#</c>).</summary>
    Atom03,

    /// <summary>Atom 1.0.</summary>
    Atom10,

    /// <summary>JSON Feed 1.0.</summary>
    JsonFeed10,

    /// <summary>JSON Feed 1.1.</summary>
    JsonFeed11,
}
