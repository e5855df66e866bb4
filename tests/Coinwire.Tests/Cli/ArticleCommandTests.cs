using System.Text.Json;
using Coinwire.Common;

namespace Coinwire.Tests.Cli;

public class ArticleCommandTests
{
    private static string Reference => RepoPaths.Shared("reference", "article.md");

    private static string Fixtures => Path.Combine(RepoPaths.FindRoot()!, "tests", "Coinwire.Tests", "testdata", "articles");

    [Fact]
    public async Task Format_ReferenceIsByteIdentical()
    {
        var r = await CliRunner.RunAsync("article", "format", Reference);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(await File.ReadAllTextAsync(Reference, TestContext.Current.CancellationToken), r.Out);
    }

    [Fact]
    public async Task ParseThenRender_ReferenceIsByteIdentical()
    {
        var parsed = await CliRunner.RunAsync("article", "parse", Reference);
        Assert.Equal(0, parsed.ExitCode);
        var json = Path.Combine(CliRunner.TempDir(), "reference.json");
        await File.WriteAllTextAsync(json, parsed.Out, TestContext.Current.CancellationToken);

        var rendered = await CliRunner.RunAsync("article", "render", json);
        Assert.Equal(0, rendered.ExitCode);
        Assert.Equal(await File.ReadAllTextAsync(Reference, TestContext.Current.CancellationToken), rendered.Out);
    }

    [Fact]
    public async Task Parse_ReferenceFieldsUnderTheirOwnNamesPlusBody()
    {
        var r = await CliRunner.RunAsync("article", "parse", Reference);
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.Equal("57716557", root.GetProperty("externalId").GetString());
        Assert.Equal("bloomberg_crypto_", root.GetProperty("source").GetProperty("key").GetString());
        Assert.Equal(0, root.GetProperty("score").GetInt32());
        Assert.False(root.GetProperty("draft").GetBoolean());
        Assert.StartsWith("## Overview\n", root.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("body", root.EnumerateObject().Last().Name);
    }

    [Fact]
    public async Task Render_GrayMatterFixturesFromTheirJsonAreByteIdentical()
    {
        // jsdate- fixtures hold JS Dates (their JSON has strings) and lossy- ones hit gray-matter's trim: see tools/fixtures/README.md.
        var pairs = Directory.GetFiles(Fixtures, "*.json").Select(j => (Json: j, Md: Path.ChangeExtension(j, ".md")))
            .Where(p => File.Exists(p.Md) && !Path.GetFileName(p.Json).Contains("-jsdate-", StringComparison.Ordinal) && !Path.GetFileName(p.Json).Contains("-lossy-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pairs);
        foreach (var (json, md) in pairs)
        {
            var r = await CliRunner.RunAsync("article", "render", json);
            Assert.True(r.ExitCode == 0, $"{json}: {r.Error}");
            Assert.True(await File.ReadAllTextAsync(md, TestContext.Current.CancellationToken) == r.Out, $"{Path.GetFileName(md)} differs");
        }
    }

    [Fact]
    public async Task Check_ReferencePassesWithAMojibakeWarning()
    {
        var r = await CliRunner.RunAsync("article", "check", Reference);
        Assert.Equal(0, r.ExitCode);
        var warning = Assert.Single(r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("warning", warning, StringComparison.Ordinal);
        Assert.Contains("mojibake", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BrokenArticleFailsWithOneLinePerProblem()
    {
        var text = (await File.ReadAllTextAsync(Reference, TestContext.Current.CancellationToken))
            .Replace("sentiment: NEGATIVE", "sentiment: GLOOMY", StringComparison.Ordinal)
            .Replace("key: bloomberg_crypto_", "key: bloomberg", StringComparison.Ordinal);
        var path = Path.Combine(CliRunner.TempDir(), "broken.md");
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);

        var r = await CliRunner.RunAsync("article", "check", path);
        Assert.Equal(1, r.ExitCode);
        var errors = r.Out.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        Assert.Contains(errors, l => l.Contains("sentiment", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("source.key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parse_GarbageBytesGiveOneErrorLine()
    {
        var path = Path.Combine(CliRunner.TempDir(), "garbage.md");
        await File.WriteAllBytesAsync(path, [0xFF, 0xFE, 0x00, 0x81, 0x9F, 0x00, 0xC3], TestContext.Current.CancellationToken);
        var r = await CliRunner.RunAsync("article", "parse", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.Error.TrimEnd('\n').Split('\n'));
        Assert.Empty(r.Out);
    }

    [Fact]
    public async Task Parse_UnclosedFrontMatterGivesOneErrorLine()
    {
        var path = Path.Combine(CliRunner.TempDir(), "unclosed.md");
        await File.WriteAllTextAsync(path, "---\ntitle: 'unclosed\n", TestContext.Current.CancellationToken);
        var r = await CliRunner.RunAsync("article", "parse", path);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith($"error: {path}: ", r.Error, StringComparison.Ordinal);
        Assert.Single(r.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Render_InvalidJsonGivesOneErrorLine()
    {
        var path = Path.Combine(CliRunner.TempDir(), "bad.json");
        await File.WriteAllTextAsync(path, "{\"title\": ", TestContext.Current.CancellationToken);
        var r = await CliRunner.RunAsync("article", "render", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Parse_MissingFileGivesOneErrorLine()
    {
        var r = await CliRunner.RunAsync("article", "parse", "/nonexistent/a.md");
        Assert.Equal((1, "error: /nonexistent/a.md: file not found\n"), (r.ExitCode, r.Error));
    }
}
