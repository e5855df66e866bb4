using System.Globalization;
using Coinwire.Parsing.Text;

namespace Coinwire.Tests.Parsing;

/// <summary>One row of testdata/encodings/python-codecs.tsv: a Python codec, its names, and what it decodes a sample to.</summary>
public sealed record PythonCodec(string Codec, string[] Names, byte[] Sample, string Text)
{
    /// <summary>Every row of the file (written by tools/encodings/python_codecs.py from Python's own codecs).</summary>
    public static IReadOnlyList<PythonCodec> All { get; } = File
        .ReadLines(Path.Combine(AppContext.BaseDirectory, "testdata", "encodings", "python-codecs.tsv"))
        .Where(line => !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .Select(c => new PythonCodec(c[0], c[1].Split(' '), Convert.FromHexString(c[2]), c[3]))
        .ToArray();

    /// <summary>Each name as Python spells it and as a feed would (hyphens for underscores).</summary>
    public IEnumerable<string> Labels => Names.SelectMany(n => new[] { n, n.Replace('_', '-') }).Distinct(StringComparer.Ordinal);

    /// <summary>What our decoder makes of the sample under <paramref name="label"/>, or null when the label is unknown.</summary>
    public string? DecodeAs(string label) => EncodingNames.Resolve(label)?.GetString(Sample);

    /// <summary>
    /// How <paramref name="actual"/> differs from Python's text: how many of Python's characters ours lacks (a
    /// different or missing character), and the first difference.
    /// </summary>
    public (int Count, string First) Difference(string actual)
    {
        var first = Enumerable.Range(0, Math.Max(actual.Length, Text.Length))
            .FirstOrDefault(i => i >= actual.Length || i >= Text.Length || actual[i] != Text[i], -1);
        if (first < 0)
        {
            return (0, "");
        }
        var ours = actual.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var lacking = Text.Count(c => !ours.TryGetValue(c, out var n) || (ours[c] = n - 1) < 0);
        string At(string s) => first < s.Length ? ((int)s[first]).ToString("X4", CultureInfo.InvariantCulture) : "end";
        return (lacking, $"{lacking} of Python's characters lacking, first difference at {first}: Python U+{At(Text)}, ours U+{At(actual)}");
    }
}
