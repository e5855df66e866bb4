using Coinwire.Articles;
using Coinwire.Common;

namespace Coinwire.Tests.Articles;

public class MalformedInputTests
{
    private static ArticleFormatException Fails(string text, string expectedInMessage, int? line = null)
    {
        var ex = Assert.Throws<ArticleFormatException>(() => FrontMatterDocument.Parse(text));
        Assert.Contains(expectedInMessage, ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', ex.Message);
        if (line is not null)
        {
            Assert.Equal(line, ex.Line);
            Assert.StartsWith($"line {line}: ", ex.Message, StringComparison.Ordinal);
        }
        return ex;
    }

    [Fact]
    public void Parse_DuplicateKey_NamesKeyAndBothLines() =>
        Fails("---\ntitle: a\nlang: en\ntitle: b\n---\n", "duplicated mapping key 'title' (first on line 2)", line: 4);

    [Fact]
    public void Parse_DuplicateKeyAfterStringConversion_IsDuplicate() =>
        Fails("---\n1: a\n'1': b\n---\n", "duplicated mapping key '1'", line: 3);

    [Fact]
    public void Parse_DuplicateNestedKey_IsDuplicate() =>
        Fails("---\nsource:\n  name: a\n  name: b\n---\n", "duplicated mapping key 'name'", line: 4);

    [Fact]
    public void Parse_TabIndentation_Fails() => Fails("---\nsource:\n\tname: a\n---\n", "invalid tab", line: 2);

    [Fact]
    public void Parse_UnclosedSingleQuote_Fails() => Fails("---\ntitle: 'open\nlang: en\n---\nbody\n", "line");

    [Fact]
    public void Parse_UnclosedDoubleQuote_Fails() => Fails("---\ntitle: \"open\n---\nbody\n", "line");

    [Fact]
    public void Parse_MissingClosingDelimiter_Fails() => Fails("---\ntitle: a\n", "missing the closing '---'", line: 1);

    [Fact]
    public void Parse_OpeningDelimiterOnly_Fails() => Fails("---", "missing the closing '---'");

    [Fact]
    public void Parse_TextAfterOpeningDelimiter_Fails() => Fails("---yaml\ntitle: a\n---\n", "opening '---'", line: 1);

    [Fact]
    public void Parse_TextAfterClosingDelimiter_Fails() => Fails("---\ntitle: a\n--- body\n", "closing '---'", line: 3);

    [Fact]
    public void Parse_FrontMatterIsAList_Fails() => Fails("---\n- a\n- b\n---\n", "must be a mapping");

    [Fact]
    public void Parse_FrontMatterIsAScalar_Fails() => Fails("---\njust text\n---\n", "must be a mapping");

    [Fact]
    public void Parse_ComplexKey_Fails() => Fails("---\n? [a, b]\n: c\n---\n", "mapping key", line: 2);

    [Fact]
    public void Parse_MergeKey_Fails() => Fails("---\nbase: &b\n  x: 1\nother:\n  <<: *b\n---\n", "merge keys", line: 5);

    [Fact]
    public void Parse_UnknownTag_Fails() => Fails("---\nx: !custom 1\n---\n", "unsupported tag", line: 2);

    [Fact]
    public void Parse_BinaryTag_Fails() => Fails("---\nx: !!binary aGVsbG8=\n---\n", "unsupported tag");

    [Fact]
    public void Parse_WrongExplicitIntTag_Fails() => Fails("---\nx: !!int abc\n---\n", "not a valid !!int", line: 2);

    [Fact]
    public void Parse_UnknownAlias_Fails() => Fails("---\nx: *nowhere\n---\n", "line 2");

    [Fact]
    public void Parse_TwoDocuments_Fails() => Fails("---\na: 1\n...\nb: 2\n---\n", "more than one YAML document");

    [Fact]
    public void Parse_BadIndentation_Fails() => Fails("---\nsource:\n  name: a\n key: b\n---\n", "line");

    [Fact]
    public void Parse_LoneSurrogateEscape_Fails() => Fails("---\nx: \"\\uD800\"\n---\n", "line 2");

    [Fact]
    public void Parse_TimestampBeyondYear9999_Fails() => Fails("---\nx: 9999-12-32\n---\n", "out of range", line: 2);

    [Fact]
    public void Parse_DeepNesting_FailsWithoutStackOverflow() =>
        Fails("---\nx: " + new string('[', 5000) + new string(']', 5000) + "\n---\n", "nesting");

    [Fact]
    public void Parse_MissingOpeningDelimiter_IsWholeBody()
    {
        var doc = FrontMatterDocument.Parse("# Title\n\ntext\n");

        Assert.Equal(0, doc.Data.Count);
        Assert.Equal("# Title\n\ntext\n", doc.Body);
        Assert.Equal("# Title\n\ntext\n", doc.Render());
    }

    [Fact]
    public void Parse_Bom_IsSkipped()
    {
        var doc = FrontMatterDocument.Parse("\uFEFF---\ntitle: a\n---\nbody\n");

        Assert.Equal("a", ((FrontMatterScalar)doc.Data["title"]!).StringValue);
        Assert.Equal("---\ntitle: a\n---\nbody\n", doc.Render());
    }

    [Fact]
    public void Parse_Crlf_IsReadLikeLf()
    {
        var doc = FrontMatterDocument.Parse("---\r\ntitle: a\r\ntext: |\r\n  x\r\n  y\r\n---\r\nbody\r\n");

        Assert.Equal("a", ((FrontMatterScalar)doc.Data["title"]!).StringValue);
        Assert.Equal("x\ny\n", ((FrontMatterScalar)doc.Data["text"]!).StringValue);
        Assert.Equal("body\r\n", doc.Body);
    }

    [Theory]
    [InlineData("   \nx")]
    [InlineData("  \n\n  y\n")]
    [InlineData("    \n")]
    [InlineData("  \n   \n")]
    public void Parse_LiteralBlockWithSpacesOnlyFirstLine_IsReadDespiteYamlDotNet(string value)
    {
        var data = new FrontMatterMapping
        {
            ["a"] = FrontMatterScalar.FromString(value),
            ["b"] = new FrontMatterSequence(FrontMatterScalar.FromString(value), new FrontMatterMapping { ["c"] = FrontMatterScalar.FromString(value) }),
            ["d"] = FrontMatterScalar.FromString("after"),
        };
        var text = new FrontMatterDocument(data, "x\n").Render();

        var parsed = FrontMatterDocument.Parse(text);

        Assert.Contains("|2", text, StringComparison.Ordinal);
        Assert.True(FrontMatterNode.DeepEquals(data, parsed.Data), text);
        Assert.Equal(text, parsed.Render());
    }

    [Fact]
    public void Parse_Aliases_AreCopied()
    {
        var doc = FrontMatterDocument.Parse("---\na: &x [1, 2]\nb: *x\n---\n");

        Assert.Equal("---\na:\n  - 1\n  - 2\nb:\n  - 1\n  - 2\n---\n\n", doc.Render());
    }

    [Fact]
    public void Parse_EmptyFrontMatter_IsEmptyMapping()
    {
        var doc = FrontMatterDocument.Parse("---\n# only a comment\n---\nbody\n");

        Assert.Equal(0, doc.Data.Count);
        Assert.Equal("body\n", doc.Render());
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull() => Assert.Throws<ArgumentNullException>(() => FrontMatterDocument.Parse(null!));

    [Theory]
    [InlineData("{", "invalid JSON")]
    [InlineData("{\"a\": 1,}", "invalid JSON")]
    [InlineData("[]", "must be an object")]
    [InlineData("{\"title\": \"x\"}", "no 'body'")]
    [InlineData("{\"body\": 5}", "'body' must be a string")]
    [InlineData("{\"body\": null}", "'body' must be a string")]
    [InlineData("{\"x\": \"\\ud800\", \"body\": \"\"}", "UTF-16")]
    public void FromJson_Malformed_Fails(string json, string expected)
    {
        var ex = Assert.Throws<ArticleFormatException>(() => ArticleJson.FromJson(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_FrontMatterKeyNamedBody_Fails()
    {
        var doc = FrontMatterDocument.Parse("---\nbody: x\n---\n");

        Assert.Throws<ArticleFormatException>(() => ArticleJson.ToJson(doc));
    }

    [Fact]
    public void Parse_RandomCorruptionsOfTheReference_OnlyEverThrowArticleFormatException()
    {
        var reference = File.ReadAllText(RepoPaths.Shared("reference", "article.md"))[..2200];
        var random = new Random(20260204);
        string[] junk = ["'", "\"", ":", "\t", "\n", " ", "-", "[", "{", "&a", "*a", "!!", "|", ">", "#", "\r", "\uFEFF", "\\", "---\n", "? "];
        for (var i = 0; i < 1500; i++)
        {
            var text = reference;
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(text.Length);
                text = random.Next(3) switch
                {
                    0 => text.Remove(at, Math.Min(random.Next(1, 4), text.Length - at)),
                    _ => text.Insert(at, junk[random.Next(junk.Length)]),
                };
            }
            try
            {
                var doc = FrontMatterDocument.Parse(text);
                _ = doc.Render();
                _ = ArticleValidator.Check(text);
            }
            catch (ArticleFormatException)
            {
            }
        }
    }
}
