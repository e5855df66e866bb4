using System.Text.Json;
using Coinwire.Articles;
using Coinwire.Common;

namespace Coinwire.Tests.Cli;

public class RewriteCommandTests
{
    [Theory]
    [InlineData("crypto/005-bitcoin-com-news.xml")]
    [InlineData("general/028-miniflux-small-atom.xml")]
    public async Task RewriteFromFeed_WritesOneContractArticlePerItemKeyedByTheParsedId(string feed)
    {
        var file = RepoPaths.Shared("corpus", "feeds", feed);
        var outDir = CliRunner.TempDir();
        var r = await CliRunner.RunAsync("rewrite", "--offline", "--from-feed", file, "--out", outDir, "--data", CliRunner.TempDir());
        Assert.True(r.ExitCode == 0, r.Error);

        var parsed = await CliRunner.RunAsync("feed", "parse", "--json", file);
        using var doc = JsonDocument.Parse(parsed.Out);
        var ids = doc.RootElement[0].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToHashSet();
        var articles = Directory.GetFiles(outDir, "*.md");
        Assert.Equal(ids.Count, articles.Length);
        foreach (var path in articles)
        {
            var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
            var errors = ArticleValidator.Check(text).Where(f => f.Severity == FindingSeverity.Error).ToList();
            Assert.True(errors.Count == 0, $"{Path.GetFileName(path)}: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}");
            Assert.Contains(Article.Parse(text).ExternalId, ids);
        }
    }

    [Fact]
    public async Task Rewrite_WithoutASourceIsUsageError()
    {
        var r = await CliRunner.RunAsync("rewrite");
        Assert.Equal(2, r.ExitCode);
    }
}
