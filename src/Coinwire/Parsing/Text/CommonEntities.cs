namespace Coinwire.Parsing.Text;

/// <summary>
/// The named character references feeds actually use (the Latin-1 set, the XML five, typographic punctuation, a few
/// symbols), answered without AngleSharp's full HTML5 table: building that table is ~18 ms at the start of every
/// process. Each entry equals the HTML5 table's (a test checks them all against AngleSharp's); any other name is for
/// the caller to look up there.
/// </summary>
internal static class CommonEntities
{
    private const string Latin1Names =
        "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro " +
        "para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil " +
        "Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave " +
        "Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml " +
        "igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute " +
        "thorn yuml";

    private static readonly (string Name, char Symbol)[] Others =
    [
        ("quot", '"'), ("amp", '&'), ("lt", '<'), ("gt", '>'), ("apos", '\''),
        ("OElig", 'Œ'), ("oelig", 'œ'), ("Scaron", 'Š'), ("scaron", 'š'), ("Yuml", 'Ÿ'), ("fnof", 'ƒ'), ("circ", 'ˆ'),
        ("tilde", '˜'), ("ensp", '\u2002'), ("emsp", '\u2003'), ("thinsp", '\u2009'), ("zwnj", '\u200C'), ("zwj", '\u200D'),
        ("lrm", '\u200E'), ("rlm", '\u200F'), ("ndash", '–'), ("mdash", '—'), ("lsquo", '‘'), ("rsquo", '’'), ("sbquo", '‚'),
        ("ldquo", '“'), ("rdquo", '”'), ("bdquo", '„'), ("dagger", '†'), ("Dagger", '‡'), ("bull", '•'), ("hellip", '…'),
        ("permil", '‰'), ("prime", '′'), ("Prime", '″'), ("lsaquo", '‹'), ("rsaquo", '›'), ("oline", '‾'), ("frasl", '⁄'),
        ("euro", '€'), ("trade", '™'), ("larr", '←'), ("uarr", '↑'), ("rarr", '→'), ("darr", '↓'), ("harr", '↔'),
        ("minus", '−'), ("check", '✓'), ("star", '☆'), ("hearts", '♥'),
    ];

    private static readonly Dictionary<string, string> Table = Build();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByName = Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every name in the table with its characters (for the test against the HTML5 table).</summary>
    public static IReadOnlyDictionary<string, string> All => Table;

    /// <summary>The characters of <c>&amp;name;</c> when <paramref name="name"/> is in this table; null otherwise (not necessarily unknown).</summary>
    public static string? WithSemicolon(ReadOnlySpan<char> name) => ByName.TryGetValue(name, out var symbol) ? symbol : null;

    private static Dictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var latin1 = Latin1Names.Split(' ');
        for (var i = 0; i < latin1.Length; i++)
        {
            table[latin1[i]] = ((char)(0xA0 + i)).ToString();
        }
        foreach (var (name, symbol) in Others)
        {
            table[name] = symbol.ToString();
        }
        return table;
    }
}
