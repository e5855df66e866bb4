using System.Text.Json.Nodes;
using Coinwire.Articles;

namespace Coinwire.Tests.Articles;

public class FixtureRoundTripTests
{
    [Fact]
    public void FixtureSet_IsPresentAndSmall()
    {
        var names = Fixtures.Names().ToList();

        Assert.InRange(names.Count, 30, 60);
        Assert.True(Directory.GetFiles(Fixtures.Folder).Sum(f => new FileInfo(f).Length) < 200_000);
    }

    [Theory]
    [MemberData(nameof(Fixtures.Faithful), MemberType = typeof(Fixtures))]
    public void Md_ParseThenRender_IsByteIdentical(string name)
    {
        var md = Fixtures.Md(name);

        Assert.Equal(md, FrontMatterDocument.Parse(md).Render());
    }

    [Theory]
    [MemberData(nameof(Fixtures.JsonOnly), MemberType = typeof(Fixtures))]
    public void Json_FromJsonThenRender_EqualsGrayMatterOutput(string name)
    {
        var doc = ArticleJson.FromJson(Fixtures.Json(name));

        Assert.Equal(Fixtures.Md(name), doc.Render());
    }

    [Theory]
    [MemberData(nameof(Fixtures.Faithful), MemberType = typeof(Fixtures))]
    public void Md_ParseThenToJson_EqualsFixtureJson(string name)
    {
        var ours = ArticleJson.ToJson(FrontMatterDocument.Parse(Fixtures.Md(name)));
        var theirs = Fixtures.Json(name);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(theirs), JsonNode.Parse(ours)), $"JSON differs:\n{ours}");
        Assert.Equal(KeyPaths(JsonNode.Parse(theirs)), KeyPaths(JsonNode.Parse(ours)));
    }

    [Theory]
    [MemberData(nameof(Fixtures.Faithful), MemberType = typeof(Fixtures))]
    public void Md_ThroughJsonAndBack_IsByteIdentical(string name)
    {
        var md = Fixtures.Md(name);
        if (name.Contains("-jsdate-", StringComparison.Ordinal))
        {
            return; // Dates come back from JSON as strings, which are quoted.
        }

        Assert.Equal(md, ArticleJson.FromJson(ArticleJson.ToJson(FrontMatterDocument.Parse(md))).Render());
    }

    [Fact]
    public void JsDateFixture_ReadsUnquotedTimestampAsTimestamp()
    {
        var name = Fixtures.Names().Single(n => n.Contains("-jsdate-", StringComparison.Ordinal));
        var doc = FrontMatterDocument.Parse(Fixtures.Md(name));

        var published = Assert.IsType<FrontMatterScalar>(doc.Data["publishedAt"]);
        Assert.Equal(ScalarKind.Timestamp, published.Kind);
        Assert.Equal(new DateTime(2026, 2, 4, 2, 25, 9, DateTimeKind.Utc), published.TimestampValue);
    }

    // Every object's keys in order, as paths, so key order is compared too.
    private static List<string> KeyPaths(JsonNode? node, string prefix = "")
    {
        var paths = new List<string>();
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    paths.Add(prefix + "/" + key);
                    paths.AddRange(KeyPaths(value, prefix + "/" + key));
                }
                break;
            case JsonArray arr:
                for (var i = 0; i < arr.Count; i++)
                {
                    paths.AddRange(KeyPaths(arr[i], prefix + "[" + i + "]"));
                }
                break;
        }
        return paths;
    }
}
