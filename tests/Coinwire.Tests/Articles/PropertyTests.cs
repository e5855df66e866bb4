using System.Text;
using Coinwire.Articles;

namespace Coinwire.Tests.Articles;

/// <summary>Seeded random documents: render → parse gives the same data and body, and rendering is stable.</summary>
public class PropertyTests
{
    private static readonly string[] Atoms =
    [
        "a", "Bitcoin", "ETF", " ", "  ", ":", ": ", "#", " #", "'", "\"", "-", "- ", "?", ",", "[", "]", "{", "}", "&", "*",
        "!", "|", ">", "%", "@", "`", "=", "~", "\\", "\n", "\n\n", "\t", "\r", "yes", "No", "null", "true", "0x1F", "1e3",
        ".5", "123", "-7", "2026-02-04", "é", "ü", "Ж", "比", "\u00A0", "\u2028", "\u0085", "\uFEFF", "\u0001", "\u007F",
        "\U0001F680", "\u3000", "<<", "...", "---", "&amp;",
    ];

    [Fact]
    public void RandomDocuments_RenderThenParse_GiveTheSameDocument()
    {
        var random = new Random(4242);
        for (var i = 0; i < 400; i++)
        {
            // gray-matter trims the whole YAML (JavaScript whitespace such as U+3000 at the start of a plain first key,
            // or a kept trailing newline at the end), so plain first and last entries keep the data intact.
            var data = new FrontMatterMapping { ["start"] = FrontMatterScalar.FromInt(i) };
            foreach (var (key, value) in RandomMapping(random, depth: 0))
            {
                data[key] = value;
            }
            data["end"] = FrontMatterScalar.FromInt(i);
            var body = RandomBody(random);
            var rendered = new FrontMatterDocument(data, body).Render();

            FrontMatterDocument parsed;
            try
            {
                parsed = FrontMatterDocument.Parse(rendered);
            }
            catch (ArticleFormatException ex)
            {
                Assert.Fail($"case {i}: {ex.Message}\n{System.Text.Json.JsonSerializer.Serialize(rendered)}");
                throw;
            }

            Assert.True(FrontMatterNode.DeepEquals(data, parsed.Data), $"data differs for case {i}: {System.Text.Json.JsonSerializer.Serialize(rendered)} read as {ArticleJson.ToJson(parsed)} expected {ArticleJson.ToJson(new FrontMatterDocument(data))}");
            Assert.Equal(body.EndsWith('\n') ? body : body + "\n", parsed.Body);
            Assert.Equal(rendered, parsed.Render());
            Assert.Equal(rendered, ArticleJson.FromJson(ArticleJson.ToJson(parsed)).Render() is var viaJson && HasNoJsonOnlyLoss(data) ? viaJson : rendered);
        }
    }

    private static FrontMatterMapping RandomMapping(Random random, int depth)
    {
        var map = new FrontMatterMapping();
        var count = random.Next(depth == 0 ? 3 : 0, depth == 0 ? 12 : 5);
        for (var i = 0; i < count; i++)
        {
            var key = random.Next(4) == 0 ? RandomString(random, 6) : "k" + i;
            // Digit keys are reordered first (JavaScript objects); "... " keys are written plain at column 0 and then
            // read as a document end marker, by js-yaml itself too.
            if (!key.All(char.IsAsciiDigit) && !key.StartsWith("...", StringComparison.Ordinal) && !map.ContainsKey(key))
            {
                map[key] = RandomNode(random, depth + 1);
            }
        }
        return map;
    }

    private static FrontMatterNode RandomNode(Random random, int depth)
    {
        var roll = random.Next(depth > 3 ? 8 : 11);
        return roll switch
        {
            < 4 => FrontMatterScalar.FromString(RandomString(random, 8)),
            4 => FrontMatterScalar.FromInt(random.Next(-100000, 100000)),
            5 => FrontMatterScalar.FromFloat(RandomFloat(random)),
            6 => random.Next(2) == 0 ? FrontMatterScalar.FromBool(random.Next(2) == 0) : FrontMatterScalar.Null,
            7 => FrontMatterScalar.FromTimestamp(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMilliseconds(random.NextInt64(0, 1L << 40))),
            8 or 9 => new FrontMatterSequence(Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomNode(random, depth + 1))),
            _ => RandomMapping(random, depth),
        };
    }

    private static double RandomFloat(Random random) => random.Next(8) switch
    {
        0 => double.NaN,
        1 => random.Next(2) == 0 ? double.PositiveInfinity : double.NegativeInfinity,
        2 => -0.0,
        3 => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30)),
        _ => Math.Round((random.NextDouble() - 0.5) * 1000, random.Next(1, 6)),
    };

    private static string RandomString(Random random, int maxAtoms)
    {
        var sb = new StringBuilder();
        for (var n = random.Next(0, maxAtoms); n > 0; n--)
        {
            sb.Append(random.Next(3) == 0 ? Atoms[random.Next(Atoms.Length)] : Atoms[random.Next(5)]);
        }
        return sb.ToString();
    }

    private static string RandomBody(Random random) => random.Next(4) switch
    {
        0 => "",
        1 => "## Overview\n\ntext",
        _ => "## Overview\n\n" + RandomString(random, 10).Replace("\r", "", StringComparison.Ordinal) + "\n",
    };

    // JSON turns timestamps into strings and NaN/Infinity into null, so those documents cannot come back byte-equal.
    private static bool HasNoJsonOnlyLoss(FrontMatterNode node) => node switch
    {
        FrontMatterMapping m => m.All(e => HasNoJsonOnlyLoss(e.Value)),
        FrontMatterSequence s => s.Items.All(HasNoJsonOnlyLoss),
        FrontMatterScalar { Kind: ScalarKind.Timestamp } => false,
        FrontMatterScalar { IsNumber: true } n => double.IsFinite(n.NumberValue!.Value) && !(n.NumberValue == 0 && double.IsNegative(n.NumberValue.Value)),
        _ => true,
    };
}
