namespace Coinwire.Parsing;

/// <summary>Why bytes could not be read as a feed.</summary>
public enum FeedParseError
{
    /// <summary>The input has no bytes, or only whitespace.</summary>
    Empty,

    /// <summary>The input is binary data, not text.</summary>
    Binary,

    /// <summary>The input is an HTML page, not a feed.</summary>
    HtmlPage,

    /// <summary>The input is XML whose root element is not a known feed root.</summary>
    UnknownXmlRoot,

    /// <summary>The input is JSON but not a JSON Feed.</summary>
    NotJsonFeed,

    /// <summary>The input is neither XML nor JSON, or so malformed that no feed element could be read.</summary>
    Malformed,

    /// <summary>The input is larger than the parser accepts.</summary>
    TooLarge,
}
