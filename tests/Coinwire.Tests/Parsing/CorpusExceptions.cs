namespace Coinwire.Tests.Parsing;

/// <summary>Corpus files where we deliberately differ from feedparser, with the reason.</summary>
internal static class CorpusExceptions
{
    private const string OrigLink = "we prefer feedburner:origLink (the publisher URL) over the dead feedproxy redirector in <link>; feedparser keeps <link>";
    private const string PlainTitles = "titles are plain text: we strip markup and decode entities in RSS/html titles; feedparser keeps them";
    private const string SourceMojibake = "the file itself holds double-encoded UTF-8 (mojibake); the parser keeps raw text (Mojibake.Repair runs in the normalizer) while the oracle's answer is repaired";
    private const string InheritedAuthor = "entries without <author> inherit the feed's <author> (RFC 4287 §4.2.1: the feed author applies to them); feedparser reports no author";
    private const string IdIsNoLink = "the feed has no alternate link; feedparser falls back to the feed's <id>";
    private const string TrackingParams = "we strip tracking parameters from links; feedparser keeps them";
    private const string JsonAuthors = "JSON Feed 1.1 `authors` supersedes the deprecated 1.0 `author` (the file has both); we report `authors` joined with \", \" and let an item without them inherit the feed's; the stdlib oracle reads only `author`";

    public static readonly Dictionary<string, (Field Fields, string Reason)> Known = new(StringComparer.Ordinal)
    {
        ["crypto/029-ethnews-2019.xml"] = (Field.Titles, PlainTitles + " (literal <h1> inside CDATA titles)"),
        ["crypto/035-reuters-2018.xml"] = (Field.Links, OrigLink),
        ["general/001-battlenet-atom-bom.xml"] = (Field.FeedLink | Field.Authors, IdIsNoLink + " (\"3\", not a URL), ours is null; " + InheritedAuthor),
        ["general/010-rss10-20minutos.xml"] = (Field.Titles, SourceMojibake),
        ["general/014-romatoday-entities.xml"] = (Field.Titles, SourceMojibake),
        ["general/015-themirror-media.xml"] = (Field.Titles, SourceMojibake),
        ["general/016-thomasmaurer-entities.xml"] = (Field.Titles, SourceMojibake),
        ["general/017-nytimes-no-decl.xml"] = (Field.Titles | Field.FeedLink, PlainTitles + " (a <div> in one title); " + TrackingParams + " (emc=rss in the channel link)"),
        ["general/018-yandex-russia.xml"] = (Field.Titles | Field.FeedTitle, "the double-encoded text holds C1 controls (U+0098 …); we read a C1 control that has a windows-1252 character as that character (˜) and keep the others, feedparser keeps them all; both stay mojibake until the normalizer repairs it; the feed title is double-encoded too: feedparser keeps the mojibake, ours is repaired (\"Яндекс.Новости: Москва\")"),
        ["general/020-derstandard-bom.xml"] = (Field.Titles, SourceMojibake),
        ["general/021-lemonde-enclosure.xml"] = (Field.Titles, SourceMojibake),
        ["general/022-itunes-sample.xml"] = (Field.Updated, "the fourth item's pubDate has the zone +3000, which is no UTC offset (30 hours); we give no time, feedparser shifts it by 30 hours (its updated is that published)"),
        ["general/023-dailymail-tiny.xml"] = (Field.FeedLink, TrackingParams + " (ns_mchannel, ns_campaign in the channel link)"),
        ["general/034-miniflux-1252-declared-but-utf8.xml"] = (Field.FeedTitle, "declared windows-1252 but the bytes are UTF-8 (E2 82 AC for €); we read UTF-8 (\"Euro €\"), feedparser decodes as declared (\"Euro â‚¬\")"),
        ["general/044-fp-invalid-bytes-with-bom.xml"] = (Field.FeedTitle, "UTF-8 with a BOM and one invalid byte (F1, Latin-1 ñ): we decode UTF-8 and read only the bad byte as windows-1252 (\"Ѩ … España\"), feedparser falls back to windows-1252 for the whole document (\"Ñ¨ … España\")"),
        ["general/045-fp-shiftjis-undeclared.xml"] = (Field.Titles, "undeclared Shift_JIS: we sniff it (UTF.Unknown) and read Japanese; feedparser without chardet falls back to iso-8859-2 mojibake"),
        ["general/047-fp-incomplete-cdata.xml"] = (Field.Count, "the document is cut inside the only item's title; we keep complete items only, feedparser keeps the partial item"),
        ["general/057-rssparser-craigslist-rdf.xml"] = (Field.Titles, PlainTitles + " (&#x0024; and <sup> in titles)"),
        ["general/058-rssparser-encoding-latin1-crlf.xml"] = (Field.Links, OrigLink),
        ["general/059-rssparser-heise-atom.xml"] = (Field.Authors, InheritedAuthor),
        ["general/062-rssparser-reddit-atom-xmlbase.xml"] = (Field.Ids, "feedparser treats the Atom id as a URI reference and resolves it (t3_42tizy → /t3_42tizy, against the relative xml:base of the preceding <content>); an id is opaque, we keep it as written"),
        ["general/063-rssparser-uol-no-decl-latin1.xml"] = (Field.Updated, "Portuguese day and month names (\"Seg, 24 Set 2018\"): we read them, feedparser gives no time"),
        ["general/067-nodefp-intertwingly-xhtml.xml"] = (Field.Authors, InheritedAuthor),
        ["general/068-nodefp-illegally-nested.xml"] = (Field.Count | Field.Titles | Field.Links | Field.Published,
            "an empty <item/> nested inside each item is not an item for us (feedparser adds 10 empty entries, which shifts every per-index title, link and date); also " + OrigLink),
        ["general/069-nodefp-mediacontent-dupes-latin1.xml"] = (Field.FeedLink, TrackingParams + " (ns_mchannel, ns_campaign in the channel link)"),
        ["general/071-nodefp-rss-relative-urls.xml"] = (Field.FeedLink, "the channel <link> and its atom:link rel=self are both relative and nothing gives an absolute base; links must be absolute URLs, so ours is null, feedparser keeps \"/en/games/neverwinter/news\""),
        ["general/072-nodefp-rss-item-html-base.xml"] = (Field.Links, "xml:base on the first item must not leak to the second; feedparser resolves the second link against the first item's base"),
        ["general/076-feedjira-samruby.xml"] = (Field.Authors, InheritedAuthor),
        ["general/079-feedjira-invalid-date.xml"] = (Field.Updated, "the first item's dc:date is the Unix time 1518478934 (2018-02-12T23:42:14Z), which we read as such; feedparser misreads it as 2015-07-03"),
        ["general/080-feedjira-google-alerts.xml"] = (Field.Titles | Field.FeedLink, PlainTitles + " (<b> in type=\"html\" titles); " + IdIsNoLink + " (a tag: URI), ours is null"),
        ["general/081-feedjira-techcrunch.xml"] = (Field.Links, OrigLink),
        ["general/087-nnw-scriptingnews-json.json"] = (Field.Rejected, "RSS-in-JSON is not a JSON Feed: rejected with NotJsonFeed"),
        ["general/089-nnw-authors-json.json"] = (Field.Authors, JsonAuthors),
        ["general/090-nnw-kc0011-gb2312.xml"] = (Field.Published | Field.Updated, "feedparser misreads \"2020/1/10 14:33:00\" as 2020-11-01 (its updated is that published)"),
        ["general/091-nnw-onefoottsunami-atom.xml"] = (Field.Titles | Field.Links,
            PlainTitles + " (&#8217; in type=\"html\" titles); an empty alternate href means the feed document itself, so we fall back to the entry id when it is a web URL, feedparser reports the feed URL"),
        ["general/094-nnw-pappacoda-atom.xml"] = (Field.Links | Field.Authors, "the only alternate link is a PDF; we take it, feedparser reports the tag: id, which is not a URL; " + InheritedAuthor),
        ["general/102-feeder-atom-html-content.xml"] = (Field.FeedLink, IdIsNoLink + " (\"feeder_reproduce\", not a URL), ours is null"),
        ["general/104-feeder-lineageos-atom-xmlbase.xml"] = (Field.FeedLink, "every feed link is relative (alternate \"/\", self \"/feed.xml\") and nothing gives an absolute base; links must be absolute URLs, so ours is null, feedparser keeps \"/\""),
        ["general/107-feedrs-jsonfeed-elastic-11.json"] = (Field.FeedTitle | Field.Authors, "the JSON Feed title holds the HTML reference &#8211; (a WordPress export); plain-text titles decode entities (\"–\"), the stdlib oracle keeps it; " + JsonAuthors),
    };
}
