using Coinwire.Articles;
using Coinwire.Tests.Cli;

namespace Coinwire.Tests.Web;

public class ImportExportTests
{
    [Fact]
    public async Task Import_Reference_ThenExport_IsByteIdentical()
    {
        var dir = CliRunner.TempDir();
        var input = Directory.CreateDirectory(Path.Combine(dir, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "reference.md"), WebFixture.ReferenceText);

        var import = await CliRunner.RunAsync("import", input, "--data", Path.Combine(dir, "data"));
        var export = await CliRunner.RunAsync("export", "--out", Path.Combine(dir, "out"), "--data", Path.Combine(dir, "data"));

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(0, export.ExitCode);
        var exported = File.ReadAllBytes(Path.Combine(dir, "out", WebFixture.ReferenceSlug + ".md"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(input, "reference.md")), exported);
    }

    [Fact]
    public async Task Import_Twice_IsIdempotent()
    {
        var dir = CliRunner.TempDir();
        var data = Path.Combine(dir, "data");

        var first = await CliRunner.RunAsync("import", WebFixture.SamplesFolder(), "--data", data, "--json");
        var second = await CliRunner.RunAsync("import", WebFixture.SamplesFolder(), "--data", data);
        var stats = await CliRunner.RunAsync("stats", "--json", "--data", data);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("\"created\"", first.Out, StringComparison.Ordinal);
        Assert.Contains("0 created, 0 updated", second.Out, StringComparison.Ordinal);
        Assert.Contains("\"drafts\": 1", stats.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_InvalidFiles_OneLineEachSkippedExit1()
    {
        var dir = CliRunner.TempDir();
        var input = Directory.CreateDirectory(Path.Combine(dir, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "a-good.md"), WebFixture.ReferenceText);
        File.WriteAllText(Path.Combine(input, "b-no-front-matter.md"), "# just markdown\n");
        File.WriteAllBytes(Path.Combine(input, "c-latin1.md"), [0x2D, 0x2D, 0x2D, 0x0A, 0xE9, 0x0A]);

        var result = await CliRunner.RunAsync("import", input, "--data", Path.Combine(dir, "data"));

        Assert.Equal(1, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.Contains("b-no-front-matter.md", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("c-latin1.md", StringComparison.Ordinal) && l.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Contains("imported 1 of 3 files", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SameSourceAndExternalId_UpdatesInPlaceKeepingSlug()
    {
        var dir = CliRunner.TempDir();
        var data = Path.Combine(dir, "data");
        var input = Directory.CreateDirectory(Path.Combine(dir, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "a.md"), WebFixture.ReferenceText);
        await CliRunner.RunAsync("import", input, "--data", data);

        var changed = Article.Parse(WebFixture.ReferenceText);
        changed.Title = "A New Headline For The Same Item";
        changed.StickyWeight = 3;
        File.WriteAllText(Path.Combine(input, "a.md"), changed.Render());
        var result = await CliRunner.RunAsync("import", input, "--data", data);
        var export = await CliRunner.RunAsync("export", "--out", Path.Combine(dir, "out"), "--data", data);

        Assert.Contains("1 updated", result.Out, StringComparison.Ordinal);
        var files = Directory.GetFiles(Path.Combine(dir, "out"));
        Assert.Single(files);
        Assert.Equal(WebFixture.ReferenceSlug + ".md", Path.GetFileName(files[0]));
        Assert.Equal(changed.Render(), File.ReadAllText(files[0]));
        Assert.Equal(0, export.ExitCode);
    }

    [Fact]
    public async Task Import_SameTitleOtherItem_GetsNumericSuffix()
    {
        var dir = CliRunner.TempDir();
        var data = Path.Combine(dir, "data");
        var input = Directory.CreateDirectory(Path.Combine(dir, "in")).FullName;
        var other = Article.Parse(WebFixture.ReferenceText);
        other.ExternalId = "another-item";
        File.WriteAllText(Path.Combine(input, "a.md"), WebFixture.ReferenceText);
        File.WriteAllText(Path.Combine(input, "b.md"), other.Render());

        var result = await CliRunner.RunAsync("import", input, "--data", data, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"\"{WebFixture.ReferenceSlug}\"", result.Out, StringComparison.Ordinal);
        Assert.Contains($"\"{WebFixture.ReferenceSlug}-2\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFolder_Exit1()
    {
        var result = await CliRunner.RunAsync("import", "/nonexistent/folder", "--data", CliRunner.TempDir());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("folder not found", result.Error, StringComparison.Ordinal);
    }
}
