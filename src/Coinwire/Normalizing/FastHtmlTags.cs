namespace Coinwire.Normalizing;

/// <summary>How the HTML tree builder and <see cref="FeedHtmlSanitizer"/> treat a tag, as far as the fast path needs.</summary>
[Flags]
internal enum FastTag
{
    /// <summary>Unwrapped by the sanitizer: the tag goes, its content stays.</summary>
    Unwrapped = 0,

    /// <summary>On the sanitizer's allow-list: written out.</summary>
    Allowed = 1,

    /// <summary>Has no content and no end tag.</summary>
    Void = 2,

    /// <summary>Its start tag closes an open <c>p</c> (the tree builder's "close a p element").</summary>
    ClosesP = 4,

    /// <summary><c>h1</c>–<c>h6</c>: one closes another that is the current node.</summary>
    Heading = 8,

    /// <summary><c>li</c>: closes an open <c>li</c> unless its parent is a list.</summary>
    ListItem = 16,

    /// <summary><c>dd</c>, <c>dt</c>: close an open <c>dd</c>/<c>dt</c> unless their parent is <c>dl</c>.</summary>
    DefinitionItem = 32,

    /// <summary><c>a</c>: a second one inside runs the adoption agency.</summary>
    Anchor = 64,

    /// <summary><c>pre</c>: a newline right after the start tag is dropped.</summary>
    SkipsNewline = 128,

    /// <summary><c>script</c>, <c>style</c>: raw text, dropped with its content.</summary>
    RawText = 256,

    /// <summary><c>iframe</c>: raw text; kept only as a video embed, and only empty here.</summary>
    Embed = 512,

    /// <summary><c>svg</c>: foreign content, dropped with its content.</summary>
    Foreign = 1024,

    /// <summary><c>table</c>, its sections and rows: only table structure and whitespace may follow directly.</summary>
    TableBox = 2048,

    /// <summary><c>tbody</c>, <c>thead</c>, <c>tfoot</c>.</summary>
    TableSection = 4096,

    /// <summary><c>tr</c>.</summary>
    TableRow = 8192,

    /// <summary><c>td</c>, <c>th</c>, <c>caption</c>: ordinary content inside a table, only there.</summary>
    TableCell = 16384,

    /// <summary>Set on an open <c>tbody</c> the tree builder added for a row written straight into a table.</summary>
    Implied = 32768,

    /// <summary><c>html</c>, <c>body</c>, <c>head</c> inside the body: the tree builder changes nothing below the body.</summary>
    Ignored = 65536,
}

/// <summary>Flag tests for <see cref="FastTag"/>.</summary>
internal static class FastTagExtensions
{
    /// <summary>
    /// <c>HasFlag</c> without its cost: where the JIT does not treat it as an intrinsic it boxes both operands, and
    /// these tests (several per tag) were measured at 40 MB of boxed flags per pass over the corpus.
    /// </summary>
    public static bool Is(this FastTag kind, FastTag flag) => (kind & flag) == flag;
}

/// <summary>
/// The tags <see cref="FastHtmlSanitizer"/> handles. Anything else (tables, forms, iframes, SVG, unknown names …) has
/// tree-building rules the fast path does not model and goes to the full parser.
/// </summary>
internal static class FastHtmlTags
{
    private const FastTag Block = FastTag.Allowed | FastTag.ClosesP;

    private static readonly Dictionary<string, FastTag> Table = new(StringComparer.Ordinal)
    {
        ["a"] = FastTag.Allowed | FastTag.Anchor,
        ["abbr"] = FastTag.Allowed, ["b"] = FastTag.Allowed, ["cite"] = FastTag.Allowed, ["code"] = FastTag.Allowed,
        ["del"] = FastTag.Allowed, ["dfn"] = FastTag.Allowed, ["em"] = FastTag.Allowed, ["i"] = FastTag.Allowed,
        ["ins"] = FastTag.Allowed, ["kbd"] = FastTag.Allowed, ["mark"] = FastTag.Allowed, ["picture"] = FastTag.Allowed,
        ["q"] = FastTag.Allowed, ["s"] = FastTag.Allowed, ["samp"] = FastTag.Allowed, ["small"] = FastTag.Allowed,
        ["span"] = FastTag.Allowed, ["strong"] = FastTag.Allowed, ["sub"] = FastTag.Allowed, ["sup"] = FastTag.Allowed,
        ["time"] = FastTag.Allowed, ["u"] = FastTag.Allowed, ["video"] = FastTag.Allowed, ["audio"] = FastTag.Allowed,
        ["blockquote"] = Block, ["div"] = Block, ["dl"] = Block, ["figcaption"] = Block, ["figure"] = Block,
        ["ol"] = Block, ["p"] = Block, ["ul"] = Block,
        ["h1"] = Block | FastTag.Heading, ["h2"] = Block | FastTag.Heading, ["h3"] = Block | FastTag.Heading,
        ["h4"] = Block | FastTag.Heading, ["h5"] = Block | FastTag.Heading, ["h6"] = Block | FastTag.Heading,
        ["li"] = Block | FastTag.ListItem, ["dd"] = Block | FastTag.DefinitionItem, ["dt"] = Block | FastTag.DefinitionItem,
        ["pre"] = Block | FastTag.SkipsNewline,
        ["br"] = FastTag.Allowed | FastTag.Void, ["img"] = FastTag.Allowed | FastTag.Void,
        ["source"] = FastTag.Allowed | FastTag.Void, ["hr"] = Block | FastTag.Void,
        ["article"] = FastTag.ClosesP, ["aside"] = FastTag.ClosesP, ["header"] = FastTag.ClosesP,
        ["footer"] = FastTag.ClosesP, ["nav"] = FastTag.ClosesP, ["main"] = FastTag.ClosesP,
        ["section"] = FastTag.ClosesP, ["center"] = FastTag.ClosesP, ["address"] = FastTag.ClosesP,
        ["hgroup"] = FastTag.ClosesP, ["details"] = FastTag.ClosesP, ["summary"] = FastTag.ClosesP,
        ["font"] = FastTag.Unwrapped, ["big"] = FastTag.Unwrapped, ["strike"] = FastTag.Unwrapped, ["tt"] = FastTag.Unwrapped,
        ["var"] = FastTag.Unwrapped, ["bdi"] = FastTag.Unwrapped, ["bdo"] = FastTag.Unwrapped, ["acronym"] = FastTag.Unwrapped,
        ["label"] = FastTag.Unwrapped, ["data"] = FastTag.Unwrapped,
        ["wbr"] = FastTag.Void, ["meta"] = FastTag.Void, ["link"] = FastTag.Void, ["input"] = FastTag.Void,
        ["embed"] = FastTag.Void, ["param"] = FastTag.Void, ["track"] = FastTag.Void, ["area"] = FastTag.Void,
        ["script"] = FastTag.RawText, ["style"] = FastTag.RawText,
        ["iframe"] = FastTag.Allowed | FastTag.Embed, ["svg"] = FastTag.Foreign,
        ["table"] = Block | FastTag.TableBox,
        ["tbody"] = FastTag.Allowed | FastTag.TableBox | FastTag.TableSection,
        ["thead"] = FastTag.Allowed | FastTag.TableBox | FastTag.TableSection,
        ["tfoot"] = FastTag.Allowed | FastTag.TableBox | FastTag.TableSection,
        ["tr"] = FastTag.Allowed | FastTag.TableBox | FastTag.TableRow,
        ["td"] = FastTag.Allowed | FastTag.TableCell, ["th"] = FastTag.Allowed | FastTag.TableCell,
        ["caption"] = FastTag.Allowed | FastTag.TableCell,
        ["colgroup"] = FastTag.TableBox, ["col"] = FastTag.Void,
        ["html"] = FastTag.Ignored, ["body"] = FastTag.Ignored, ["head"] = FastTag.Ignored,
    };

    private static readonly Dictionary<string, FastTag>.AlternateLookup<ReadOnlySpan<char>> TableNames = Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An ASCII tag name in lower case; for a name in the table, the table's own string (no copy per tag).</summary>
    public static string LowerName(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[16];
        if (name.Length <= lower.Length && System.Text.Ascii.ToLower(name, lower, out var written) == System.Buffers.OperationStatus.Done
            && TableNames.TryGetValue(lower[..written], out var known, out _))
        {
            return known;
        }
        return name.ToString().ToLowerInvariant();
    }

    /// <summary>Every tag name in the table.</summary>
    public static IEnumerable<string> Names => Table.Keys;

    // Every name with its own rule in the HTML tree builder (in body, tables, select, foreign content, scopes). A name not
    // listed here and not dropped with its content is an ordinary unknown element, which the sanitizer unwraps.
    private static readonly HashSet<string> ParserNames = new(StringComparer.Ordinal)
    {
        "applet", "base", "basefont", "bgsound", "button", "caption", "dialog", "dir", "fieldset",
        "form", "frame", "frameset", "image", "isindex", "keygen", "legend", "listing", "marquee", "math",
        "menu", "menuitem", "nobr", "noembed", "noframes", "noscript", "object", "optgroup", "option", "plaintext", "rb",
        "rp", "rt", "rtc", "ruby", "search", "select", "template", "textarea", "title", "xmp",
    };

    // Elements the tree builder neither treats as formatting (reconstructed) nor as special (scope and implied closing).
    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>
    /// True for an ordinary element (<c>span</c>, <c>mark</c>, an unknown name …): not formatting, not special, so an
    /// adoption agency passes it by and a stray end tag for it is ignored.
    /// </summary>
    public static bool IsOrdinary(string name, FastTag kind) =>
        !Formatting.Contains(name) && (kind & ~(FastTag.Allowed | FastTag.Implied)) == 0;

    /// <summary>True for the formatting elements the tree builder reconstructs (<c>a</c>, <c>b</c>, <c>em</c> …).</summary>
    public static bool IsFormatting(string name) => Formatting.Contains(name);

    /// <summary>The kind of <paramref name="name"/> (lower case), or false when the fast path does not handle it.</summary>
    public static bool TryGet(string name, out FastTag kind)
    {
        if (Table.TryGetValue(name, out kind))
        {
            return true;
        }
        kind = FastTag.Unwrapped;
        return !ParserNames.Contains(name) && !FeedHtmlPolicy.DropWithContent.Contains(name);
    }
}
