namespace Coinwire.Sources;

/// <summary>The kind of a source, as written in <c>sources.yaml</c> and in an article's <c>source.type</c>.</summary>
public enum SourceType
{
    /// <summary>RSS 0.9x, 1.0 or 2.0.</summary>
    RSS,

    /// <summary>Atom 0.3 or 1.0.</summary>
    ATOM,

    /// <summary>JSON Feed 1.0 or 1.1.</summary>
    JSON_FEED,

    /// <summary>Entered by an editor, not polled.</summary>
    MANUAL,
}
