using System.Globalization;
using System.Text.Json;
using Coinwire.Articles;

namespace Coinwire.Tests.Articles;

/// <summary>Single values against js-yaml 3.14.1's own answers (scalars.json, loads.json from tools/fixtures).</summary>
public class JsYamlScalarTests
{
    public static TheoryData<int> ScalarCases() => [.. Enumerable.Range(0, Load("scalars.json").GetArrayLength())];

    public static TheoryData<int> LoadCases() => [.. Enumerable.Range(0, Load("loads.json").GetArrayLength())];

    [Theory]
    [MemberData(nameof(ScalarCases))]
    public void Dump_MatchesJsYaml(int index)
    {
        var c = Load("scalars.json")[index];
        FrontMatterNode value = c.TryGetProperty("value", out _) ? FrontMatterScalar.FromString(StringOf(c))
            : c.TryGetProperty("number", out var n) ? FrontMatterScalar.FromNumber(ParseJsNumber(n.GetString()!))
            : c.TryGetProperty("bool", out var b) ? FrontMatterScalar.FromBool(b.GetBoolean())
            : FrontMatterScalar.Null;

        Assert.Equal(c.GetProperty("asValue").GetString(), FrontMatterWriter.DumpYaml(new() { ["v"] = value }));
        Assert.Equal(c.GetProperty("asItem").GetString(), FrontMatterWriter.DumpYaml(new() { ["v"] = new FrontMatterSequence(value) }));
        if (c.TryGetProperty("asKey", out var asKey))
        {
            Assert.Equal(asKey.GetString(), FrontMatterWriter.DumpYaml(new() { [StringOf(c)] = FrontMatterScalar.FromInt(1) }));
        }
    }

    [Theory]
    [MemberData(nameof(Dump_MatchesJsYaml_Roundtrip_Cases))]
    public void Dump_ThenParse_GivesTheValueBack(int index)
    {
        var c = Load("scalars.json")[index];
        var value = FrontMatterScalar.FromString(StringOf(c));
        var yaml = "---\n" + FrontMatterWriter.DumpYaml(new() { ["v"] = value }) + "---\n";

        Assert.Equal(value, FrontMatterDocument.Parse(yaml).Data["v"]);
    }

    // Lone surrogates are left out: js-yaml writes them as \uD800, which YamlDotNet refuses to read (see MalformedInputTests).
    public static TheoryData<int> Dump_MatchesJsYaml_Roundtrip_Cases() =>
        [.. Enumerable.Range(0, Load("scalars.json").GetArrayLength())
            .Where(i => Load("scalars.json")[i].TryGetProperty("value", out _) && !Load("scalars.json")[i].TryGetProperty("units", out _))];

    [Theory]
    [MemberData(nameof(LoadCases))]
    public void Parse_ResolvesPlainScalarsLikeJsYaml(int index)
    {
        var c = Load("loads.json")[index];
        var text = c.GetProperty("text").GetString()!;
        var scalar = Assert.IsType<FrontMatterScalar>(FrontMatterDocument.Parse("---\nv: " + text + "\n---\n").Data["v"]);

        var (type, value) = scalar.Kind switch
        {
            ScalarKind.Null => ("null", (string?)null),
            ScalarKind.Bool => ("boolean", scalar.ToString()),
            ScalarKind.Int or ScalarKind.Float => ("number", double.IsNegative(scalar.NumberValue!.Value) && scalar.NumberValue == 0 ? "-0" : scalar.ToString()),
            ScalarKind.Timestamp => ("date", scalar.ToString()),
            _ => ("string", scalar.StringValue),
        };
        Assert.Equal(c.GetProperty("type").GetString(), type);
        var expected = c.GetProperty("value");
        Assert.Equal(expected.ValueKind == JsonValueKind.Null ? null : expected.ValueKind is JsonValueKind.True or JsonValueKind.False ? expected.GetRawText() : expected.GetString(), value);
    }

    private static string StringOf(JsonElement c) => c.TryGetProperty("units", out var units)
        ? new string([.. units.EnumerateArray().Select(u => (char)u.GetInt32())])
        : c.GetProperty("value").GetString()!;

    private static double ParseJsNumber(string text) => text switch
    {
        "-0" => -0.0,
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static readonly Dictionary<string, JsonElement> Cache = [];

    private static JsonElement Load(string file)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(file, out var element))
            {
                element = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures.Folder, file))).RootElement;
                Cache[file] = element;
            }
            return element;
        }
    }
}
