using System.Text.Json;
using Coinwire.Common;

namespace Coinwire.Tests.Cli;

public class CommandLineTests
{
    [Fact]
    public async Task UnknownCommand_IsUsageErrorWithOneLine()
    {
        var r = await CliRunner.RunAsync("frobnicate");
        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("frobnicate", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOption_IsUsageError()
    {
        var r = await CliRunner.RunAsync("stats", "--bogus");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("error: ", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_JsonHasTheDocumentedShapeOnAFreshStore()
    {
        var data = CliRunner.TempDir();
        var r = await CliRunner.RunAsync("stats", "--json", "--data", data);
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        foreach (var key in new[] { "sources", "items", "stories", "articles", "drafts" })
        {
            Assert.Equal(0, doc.RootElement.GetProperty(key).GetInt32());
        }
        var jobs = doc.RootElement.GetProperty("jobs");
        Assert.Equal(["pending", "running", "failed", "done"], jobs.EnumerateObject().Select(p => p.Name));
        Assert.True(File.Exists(Path.Combine(data, "coinwire.db")));
    }

    [Fact]
    public async Task GlobalDataOption_IsAcceptedBeforeTheSubcommand()
    {
        var data = CliRunner.TempDir();
        var r = await CliRunner.RunAsync("--data", data, "stats", "--json");
        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(Path.Combine(data, "coinwire.db")));
    }

    [Fact]
    public async Task SourcesHealth_ListsEveryConfiguredSourceWithIsoNextPoll()
    {
        var root = RepoPaths.FindRoot()!;
        var r = await CliRunner.RunAsync("sources", "health", "--json", "--data", CliRunner.TempDir(), "--sources", Path.Combine(root, "sources.yaml"));
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.InRange(doc.RootElement.GetArrayLength(), 20, 40);
        foreach (var s in doc.RootElement.EnumerateArray())
        {
            Assert.Equal(0, s.GetProperty("errorCount").GetInt32());
            Assert.True(DateTimeOffset.TryParse(s.GetProperty("nextPollAt").GetString(), out _));
            Assert.StartsWith("https://", s.GetProperty("url").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SourcesList_MissingFileIsOneLineError()
    {
        var r = await CliRunner.RunAsync("sources", "list", "--sources", "/nonexistent/sources.yaml");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("error: /nonexistent/sources.yaml: sources file not found\n", r.Error);
    }

    [Fact]
    public async Task SourcesAdd_InvalidLanguageIsRefusedAndFileUnchanged()
    {
        var file = Path.Combine(CliRunner.TempDir(), "sources.yaml");
        await File.WriteAllTextAsync(file, "sources:\n  - name: A\n    url: https://a.example/f\n", TestContext.Current.CancellationToken);
        var r = await CliRunner.RunAsync("sources", "add", "https://b.example/feed", "--lang", "English", "--sources", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("ISO 639-1", r.Error, StringComparison.Ordinal);
        Assert.Equal("sources:\n  - name: A\n    url: https://a.example/f\n", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }
}
