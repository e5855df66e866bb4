using System.Collections.Frozen;

namespace Coinwire.Clustering;

/// <summary>Word lists used by <see cref="TextNormalizer"/>: stop words, aliases, amount units and event-verb synonyms.</summary>
internal static class NormalizerLexicon
{
    /// <summary>Function words and newsroom filler that say nothing about which event a title reports.</summary>
    public static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
        """
        a an the and or but of to in on for with at by from as is are was were be been being it its this that these those
        after over amid amidst into onto says said say report reports reportedly new just now could would may might will can
        has have had not no than up out about how why what who whom which when where while per via their his her our your
        you we they he she i here there more most some any all also only yet still s t vs v usd us
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>Names and tickers that mean the same asset or person, mapped to one form.</summary>
    public static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bitcoin"] = "btc", ["bitcoins"] = "btc", ["ethereum"] = "eth", ["ether"] = "eth", ["dogecoin"] = "doge",
        ["cardano"] = "ada", ["solana"] = "sol", ["shiba"] = "shib", ["sbf"] = "bankman", ["polygon"] = "matic",
        ["tether"] = "usdt", ["litecoin"] = "ltc", ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4",
        ["five"] = "5", ["six"] = "6", ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["ten"] = "10",
        ["first"] = "1", ["second"] = "2", ["third"] = "3",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Amount words and suffixes, mapped to the suffix glued to the number ("100 million" → "100m").</summary>
    public static readonly FrozenDictionary<string, string> Units = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["k"] = "k", ["thousand"] = "k", ["m"] = "m", ["mn"] = "m", ["million"] = "m", ["b"] = "b", ["bn"] = "b",
        ["billion"] = "b", ["t"] = "t", ["tn"] = "t", ["trillion"] = "t",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Number suffixes dropped without changing the value ("3rd", "50x", "2,700%").</summary>
    public static readonly FrozenSet<string> IgnoredNumberSuffixes = FrozenSet.ToFrozenSet(
        ["", "x", "th", "st", "nd", "rd", "s"], StringComparer.Ordinal);

    /// <summary>
    /// Stemmed verbs outlets use interchangeably for one kind of event, mapped to the first of each group;
    /// keys are stems as <see cref="LightStemmer"/> produces them.
    /// </summary>
    public static readonly FrozenDictionary<string, string> Synonyms = BuildSynonyms(
        "launch debut unveil introduc roll releas",
        "acquir buy purchas",
        "hack exploit breach drain stol steal heist attack",
        "partner team collaborat",
        "fin penalty",
        "su lawsuit",
        "rais secur",
        "halt paus suspend freez",
        "plea plead",
        "warn caution",
        "approv greenlight",
        "charg indict",
        "reopen relaunch restart");

    private static FrozenDictionary<string, string> BuildSynonyms(params string[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var words = group.Split(' ');
            foreach (var word in words)
            {
                map[word] = words[0];
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
