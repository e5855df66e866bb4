using System.Globalization;

namespace Coinwire.Sentiment;

/// <summary>
/// Word (or two-word phrase) → valence, keyed by <see cref="SentimentText"/> tokens so lookups match the
/// model's tokenization (<c>can't</c> → <c>cant</c>, <c>sell-off</c> → <c>selloff</c>).
/// </summary>
public sealed class ValenceLexicon
{
    private readonly Dictionary<string, float> _entries;

    /// <summary>Creates a lexicon from raw entries; keys are re-tokenized, entries that are not words are dropped.</summary>
    public ValenceLexicon(IEnumerable<KeyValuePair<string, float>> entries)
    {
        _entries = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (raw, value) in entries)
        {
            var tokens = SentimentText.Tokenize(raw);
            if (tokens.Count is 0 or > 2 || tokens.Any(t => !char.IsLetter(t[0]) && char.GetUnicodeCategory(t, 0) != System.Globalization.UnicodeCategory.OtherSymbol))
            {
                continue;
            }
            _entries[string.Join(' ', tokens)] = value;
        }
    }

    /// <summary>Number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>The entries, keyed by normalized token or <c>"word word"</c> phrase.</summary>
    public IReadOnlyDictionary<string, float> Entries => _entries;

    /// <summary>Valence of a normalized token or phrase, if listed.</summary>
    public bool TryGet(string key, out float valence) => _entries.TryGetValue(key, out valence);

    /// <summary>Reads VADER's <c>vader_lexicon.txt</c> (token, mean valence −4…+4, …).</summary>
    public static ValenceLexicon LoadVader(string path) => new(ReadColumns(path, skipHeader: false));

    /// <summary>Reads a <c>word&lt;TAB&gt;score</c> file with a header, such as <c>afinn165.tsv</c>.</summary>
    public static ValenceLexicon LoadScored(string path) => new(ReadColumns(path, skipHeader: true));

    /// <summary>Builds a ±1 lexicon from Loughran-McDonald style word lists (one upper-case word per line).</summary>
    public static ValenceLexicon LoadPolarityLists(string positivePath, string negativePath) =>
        new(File.ReadLines(positivePath).Where(l => l.Length > 0).Select(w => KeyValuePair.Create(w, 1f))
            .Concat(File.ReadLines(negativePath).Where(l => l.Length > 0).Select(w => KeyValuePair.Create(w, -1f))));

    /// <summary>Writes <c>token&lt;TAB&gt;valence</c> lines, the format <see cref="Read"/> takes back.</summary>
    public void Write(TextWriter writer)
    {
        foreach (var (key, value) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write('\t');
            writer.Write(value.ToString("0.###", CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static ValenceLexicon Read(TextReader reader)
    {
        var entries = new List<KeyValuePair<string, float>>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                entries.Add(KeyValuePair.Create(line[..tab], float.Parse(line[(tab + 1)..], CultureInfo.InvariantCulture)));
            }
        }
        return new ValenceLexicon(entries);
    }

    private static IEnumerable<KeyValuePair<string, float>> ReadColumns(string path, bool skipHeader)
    {
        foreach (var line in File.ReadLines(path).Skip(skipHeader ? 1 : 0))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 2 && float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                yield return KeyValuePair.Create(parts[0], v);
            }
        }
    }
}
