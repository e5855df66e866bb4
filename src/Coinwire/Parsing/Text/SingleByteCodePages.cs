using System.Globalization;
using System.Text;

namespace Coinwire.Parsing.Text;

/// <summary>
/// Single-byte code pages Python decodes and .NET has no table for (ISO-8859-10/14/16, KOI8-T, PT154, CP1125,
/// HP-Roman8 …), from <c>Data/single-byte-code-pages.tsv</c> (tools/encodings/single_byte_tables.py).
/// </summary>
internal static class SingleByteCodePages
{
    private const string ResourceName = "Coinwire.Parsing.Text.Data.single-byte-code-pages.tsv";

    private static readonly Lazy<Dictionary<string, Encoding>> ByName = new(Load);

    /// <summary>The encoding for a Python-normalized label (<c>iso_8859_16</c>, <c>latin10</c>, <c>cp1125</c> …), or null.</summary>
    public static Encoding? Find(string key) => ByName.Value.GetValueOrDefault(key);

    private static Dictionary<string, Encoding> Load()
    {
        using var stream = typeof(SingleByteCodePages).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var byName = new Dictionary<string, Encoding>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var columns = line.Split('\t');
            var high = columns[2].Split(' ').Select(cell => cell == "-" ? '\uFFFD' : (char)int.Parse(cell, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)).ToArray();
            var encoding = new TableEncoding(columns[0].Replace('_', '-'), high);
            foreach (var name in columns[1].Split(' '))
            {
                byName[name] = encoding;
            }
        }
        return byName;
    }
}
