using System.Xml;
using Coinwire.Parsing.Atom;
using Coinwire.Parsing.Rdf;
using Coinwire.Parsing.Rss;
using Coinwire.Parsing.Text;

namespace Coinwire.Parsing.Xml;

/// <summary>
/// Runs the safe, streaming <see cref="XmlReader"/> over repaired text and hands the root to the format reader.
/// A document that breaks after the root keeps every item completed before the break.
/// </summary>
internal static class XmlFeedReader
{
    /// <summary>Entities may expand to this many characters in total (the DTD is never processed anyway).</summary>
    private const int MaxCharactersFromEntities = 1024;

    private static readonly (string Prefix, string Uri)[] WellKnownPrefixes =
    [
        ("content", "http://purl.org/rss/1.0/modules/content/"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("dcterms", "http://purl.org/dc/terms/"),
        ("media", "http://search.yahoo.com/mrss/"),
        ("atom", "http://www.w3.org/2005/Atom"),
        ("atom10", "http://www.w3.org/2005/Atom"),
        ("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"),
        ("feedburner", "http://rssnamespace.org/feedburner/ext/1.0"),
        ("slash", "http://purl.org/rss/1.0/modules/slash/"),
        ("wfw", "http://wellformedweb.org/CommentAPI/"),
        ("sy", "http://purl.org/rss/1.0/modules/syndication/"),
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        ("georss", "http://www.georss.org/georss"),
        ("googleplay", "http://www.google.com/schemas/play-podcasts/1.0"),
        ("podcast", "https://podcastindex.org/namespace/1.0"),
    ];

    [ThreadStatic]
    private static int _fallbacks;

    [ThreadStatic]
    private static string? _lastFallback;

    [ThreadStatic]
    private static bool _systemXmlOnly;

    /// <summary>Documents this thread read with System.Xml after <see cref="FastXmlReader"/> gave up on them.</summary>
    internal static int Fallbacks => _fallbacks;

    /// <summary>Why the fast reader last gave up on this thread (its exception's message).</summary>
    internal static string? LastFallback => _lastFallback;

    /// <summary>When set, this thread skips the fast reader (to compare both paths).</summary>
    internal static bool SystemXmlOnly
    {
        get => _systemXmlOnly;
        set => _systemXmlOnly = value;
    }

    /// <summary>Reads the XML document in <paramref name="text"/> from <paramref name="start"/> into <paramref name="feed"/>.</summary>
    public static void Read(PooledChars text, int start, ParsedFeed feed, Uri? feedUrl, long maxChars)
    {
        var names = FeedNames.Rent();
        // Most feeds need no repair, and the repair's scan stops at every '&' (tens of thousands in a corpus pass), so
        // the fast reader first reads the text as it is and leaves it as soon as it meets anything the repair changes.
        if (!_systemXmlOnly && XmlTextRepair.CleanStart(text, start) is >= 0 and var body
            && TryFast(text.Buffer, body, text.Length - body, names, feed, feedUrl, maxChars,
                FastXmlOptions.Unrepaired | (text.KnownPlain ? FastXmlOptions.CharactersChecked : FastXmlOptions.None)))
        {
            return;
        }
        var (buffer, offset, length) = XmlTextRepair.Run(text, start, feed.Warnings);
        try
        {
            if (_systemXmlOnly || !TryFast(buffer.Buffer, offset, length, names, feed, feedUrl, maxChars, FastXmlOptions.None))
            {
                ReadWithSystemXml(buffer.Buffer, offset, length, names, feed, feedUrl, maxChars);
            }
        }
        finally
        {
            if (!ReferenceEquals(buffer, text))
            {
                buffer.Dispose();
            }
        }
    }

    /// <summary>
    /// Reads the document with <see cref="FastXmlReader"/> into a scratch feed and copies it into
    /// <paramref name="feed"/> only when the whole document was read without any error; otherwise nothing of the
    /// attempt is kept and false is returned, so the repaired text is read again or, when it already was repaired,
    /// System.Xml reads it from the start (with its own recovery rules).
    /// </summary>
    private static bool TryFast(char[] buffer, int offset, int length, FeedNames names, ParsedFeed feed, Uri? feedUrl, long maxChars, FastXmlOptions options)
    {
        // The document limit is System.Xml's to enforce, with its exact counting.
        if (length > maxChars / 2)
        {
            return false;
        }
        var attempt = new ParsedFeed { Format = feed.Format, Title = feed.Title, Link = feed.Link, Language = feed.Language, Encoding = feed.Encoding };
        try
        {
            using var reader = CreateFastReader(buffer, offset, length, names, options);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                throw new FastXmlUnsupportedException("No root element.");
            }
            Dispatch(reader, names, attempt, feedUrl);
            // The format readers stop at the end of the document; reading on makes sure all of it was checked.
            while (reader.Read())
            {
            }
        }
        catch (FeedParseException ex) when (ex.Error is FeedParseError.HtmlPage or FeedParseError.UnknownXmlRoot)
        {
            // The root element is not a feed's: System.Xml would reach the same root (the prolog was read without an
            // error) and say so in the same words, so reading the document a second time would only cost time.
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && options.HasFlag(FastXmlOptions.Unrepaired))
        {
            // Repaired, the text gets a second try with this reader.
            return false;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Any other error, the reader's or a format reader's, is left to the System.Xml path to report its way.
            _fallbacks++;
            _lastFallback = ex.Message;
            return false;
        }
        feed.Format = attempt.Format;
        feed.Title = attempt.Title;
        feed.Link = attempt.Link;
        feed.Language = attempt.Language;
        feed.Items.AddRange(attempt.Items);
        feed.Warnings.AddRange(attempt.Warnings);
        return true;
    }

    private static void ReadWithSystemXml(char[] buffer, int offset, int length, FeedNames names, ParsedFeed feed, Uri? feedUrl, long maxChars)
    {
        using var textReader = new CharBufferReader(buffer, offset, length);
        using var reader = CreateSystemXmlReader(textReader, names, maxChars);
        var rootSeen = false;
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                throw new FeedParseException(FeedParseError.Malformed, "XML document has no root element.");
            }
            rootSeen = true;
            Dispatch(reader, names, feed, feedUrl);
        }
        catch (XmlException ex) when (rootSeen)
        {
            feed.Warnings.Add($"Malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message} " +
                $"Kept {feed.Items.Count} complete item(s).");
        }
        catch (XmlException ex)
        {
            throw new FeedParseException(FeedParseError.Malformed, $"Not well-formed XML before the root element: {ex.Message}", ex);
        }
    }

    /// <summary>System.Xml's reader over repaired text: the safe settings and the pre-declared prefixes.</summary>
    internal static XmlReader CreateSystemXmlReader(TextReader text, FeedNames names, long maxChars) =>
        XmlReader.Create(text, Settings(names, maxChars), Context(names));

    /// <summary>The fast reader over repaired text, with the same names and pre-declared prefixes.</summary>
    internal static FastXmlReader CreateFastReader(char[] buffer, int offset, int length, FeedNames names, FastXmlOptions options = FastXmlOptions.None) =>
        new(buffer, offset, length, names.Table, Predeclared(names), options);

    private static (string Prefix, string Uri)[] Predeclared(FeedNames names) =>
        names.Predeclared ??= [.. WellKnownPrefixes.Select(p => (names.Table.Add(p.Prefix), names.Table.Add(p.Uri)))];

    private static void Dispatch(XmlReader reader, FeedNames names, ParsedFeed feed, Uri? feedUrl)
    {
        var root = reader.LocalName;
        var ns = reader.NamespaceURI;
        if ((object)root == names.Rss || (object)root == names.Channel)
        {
            RssReader.Read(reader, names, feed, feedUrl);
        }
        else if ((object)root == names.Rdf)
        {
            RdfReader.Read(reader, names, feed, feedUrl);
        }
        else if ((object)root == names.Feed && (names.IsAtom(ns) || reader.Prefix.Length == 0))
        {
            AtomReader.Read(reader, names, feed, feedUrl);
        }
        else if (root.Equals("html", StringComparison.OrdinalIgnoreCase))
        {
            throw new FeedParseException(FeedParseError.HtmlPage, "HTML page, not a feed.");
        }
        else
        {
            var shown = string.IsNullOrEmpty(ns) ? root : $"{root} ({ns})";
            throw new FeedParseException(FeedParseError.UnknownXmlRoot, $"XML root element <{shown}> is not a feed (expected rss, rdf:RDF or feed).");
        }
    }

    private static XmlReaderSettings Settings(FeedNames names, long maxChars) => new()
    {
        // Never Parse: no external entities (XXE), no entity expansion (billion laughs).
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = MaxCharactersFromEntities,
        MaxCharactersInDocument = maxChars,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        // Whitespace-only nodes are kept: between inline elements of xhtml content they are real spaces.
        IgnoreWhitespace = false,
        NameTable = names.Table,
        CloseInput = false,
    };

    /// <summary>
    /// Common prefixes pre-declared, so a feed that uses <c>itunes:</c> without declaring it still reads. The context
    /// is kept with the thread's names; the reader declares a document's own prefixes in scopes it pushes, and the
    /// scopes a broken document leaves open are popped here, back to the pre-declared ones.
    /// </summary>
    private static XmlParserContext Context(FeedNames names)
    {
        if (names.ParserContext is { NamespaceManager: { } reused } context)
        {
            while (reused.PopScope())
            {
            }
            return context;
        }
        var manager = new XmlNamespaceManager(names.Table);
        foreach (var (prefix, uri) in WellKnownPrefixes)
        {
            manager.AddNamespace(prefix, uri);
        }
        return names.ParserContext = new XmlParserContext(names.Table, manager, null, XmlSpace.None);
    }
}
