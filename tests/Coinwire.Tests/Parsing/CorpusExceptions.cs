namespace Coinwire.Tests.Parsing;

/// <summary>Corpus files where we deliberately differ from feedparser, with the reason.</summary>
internal static class CorpusExceptions
{
    private const string OrigLink = "we prefer feedburner:origLink (the publisher URL) over the dead feedproxy redirector in <link>; feedparser keeps <link>";
    private const string PlainTitles = "titles are plain text: we strip markup and decode entities in RSS/html titles; feedparser keeps them";
    private const string SourceMojibake = "the file itself holds double-encoded UTF-8 (mojibake); the parser keeps raw text (Mojibake.Repair runs in the normalizer) while the oracle's answer is repaired";

    public static readonly Dictionary<string, (Field Fields, string Reason)> Known = new(StringComparer.Ordinal)
    {
        ["crypto/029-ethnews-2019.xml"] = (Field.Titles, PlainTitles + " (literal <h1> inside CDATA titles)"),
        ["crypto/035-reuters-2018.xml"] = (Field.Links, OrigLink),
        ["general/010-rss10-20minutos.xml"] = (Field.Titles, SourceMojibake),
        ["general/014-romatoday-entities.xml"] = (Field.Titles, SourceMojibake),
        ["general/015-themirror-media.xml"] = (Field.Titles, SourceMojibake),
        ["general/016-thomasmaurer-entities.xml"] = (Field.Titles, SourceMojibake),
        ["general/017-nytimes-no-decl.xml"] = (Field.Titles, PlainTitles + " (a <div> in one title)"),
        ["general/018-yandex-russia.xml"] = (Field.Titles, "the double-encoded text holds C1 controls (U+0098 …); we read C1 controls as their windows-1252 characters (˜), feedparser keeps them; both stay mojibake until the normalizer repairs it"),
        ["general/020-derstandard-bom.xml"] = (Field.Titles, SourceMojibake),
        ["general/021-lemonde-enclosure.xml"] = (Field.Titles, SourceMojibake),
        ["general/045-fp-shiftjis-undeclared.xml"] = (Field.Titles, "undeclared Shift_JIS: we sniff it (UTF.Unknown) and read Japanese; feedparser without chardet falls back to iso-8859-2 mojibake"),
        ["general/047-fp-incomplete-cdata.xml"] = (Field.Count, "the document is cut inside the only item's title; we keep complete items only, feedparser keeps the partial item"),
        ["general/057-rssparser-craigslist-rdf.xml"] = (Field.Titles, PlainTitles + " (&#x0024; and <sup> in titles)"),
        ["general/058-rssparser-encoding-latin1-crlf.xml"] = (Field.Links, OrigLink),
        ["general/068-nodefp-illegally-nested.xml"] = (Field.Count | Field.Titles | Field.Links | Field.Published,
            "an empty <item/> nested inside each item is not an item for us (feedparser adds 10 empty entries, which shifts every per-index title, link and date); also " + OrigLink),
        ["general/072-nodefp-rss-item-html-base.xml"] = (Field.Links, "xml:base on the first item must not leak to the second; feedparser resolves the second link against the first item's base"),
        ["general/080-feedjira-google-alerts.xml"] = (Field.Titles, PlainTitles + " (<b> in type=\"html\" titles)"),
        ["general/081-feedjira-techcrunch.xml"] = (Field.Links, OrigLink),
        ["general/087-nnw-scriptingnews-json.json"] = (Field.Rejected, "RSS-in-JSON is not a JSON Feed: rejected with NotJsonFeed"),
        ["general/090-nnw-kc0011-gb2312.xml"] = (Field.Published, "feedparser misreads \"2020/1/10 14:33:00\" as 2020-11-01"),
        ["general/091-nnw-onefoottsunami-atom.xml"] = (Field.Titles | Field.Links,
            PlainTitles + " (&#8217; in type=\"html\" titles); an empty alternate href means the feed document itself, so we fall back to the entry id when it is a web URL, feedparser reports the feed URL"),
        ["general/094-nnw-pappacoda-atom.xml"] = (Field.Links, "the only alternate link is a PDF; we take it, feedparser reports the tag: id, which is not a URL"),
    };
}
