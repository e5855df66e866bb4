using System.Text.Json;
using Coinwire.Common;

namespace Coinwire.Tests.Cli;

public class FeedCommandTests
{
    [Fact]
    public async Task FeedParse_JsonHasTheDocumentedShape()
    {
        var file = RepoPaths.Shared("corpus", "feeds", "crypto", "002-cointelegraph-2023.xml");
        var r = await CliRunner.RunAsync("feed", "parse", "--json", file);
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var feed = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal(["file", "format", "title", "link", "items"], feed.EnumerateObject().Select(p => p.Name));
        Assert.Equal("rss20", feed.GetProperty("format").GetString());
        var item = feed.GetProperty("items")[0];
        Assert.Equal(["id", "title", "link", "published", "updated", "author", "summary", "content", "image", "categories"],
            item.EnumerateObject().Select(p => p.Name));
        Assert.EndsWith("Z", item.GetProperty("published").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedParse_JsonOfSeveralFilesIsOneIndentedArray()
    {
        // Each file's answer is serialized on its own thread and indented into the array; the whole must read as
        // the array serialized at once, non-ASCII text unescaped.
        string[] files =
        [
            RepoPaths.Shared("corpus", "feeds", "crypto", "032-coindesk-translated-zh.xml"),
            RepoPaths.Shared("corpus", "feeds", "general", "087-nnw-scriptingnews-json.json"),
            RepoPaths.Shared("corpus", "feeds", "general", "101-feeder-cowboy-jsonfeed.json"),
        ];
        var r = await CliRunner.RunAsync(["feed", "parse", "--json", .. files]);
        using var doc = JsonDocument.Parse(r.Out);
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        Assert.Equal(JsonSerializer.Serialize(doc.RootElement, options) + "\n", r.Out);
        Assert.Equal(files, doc.RootElement.EnumerateArray().Select(f => f.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task FeedParse_HtmlPageIsOneErrorLineAndExitOne()
    {
        var path = Path.Combine(CliRunner.TempDir(), "page.html");
        await File.WriteAllTextAsync(path, "<!doctype html><html><head><title>Hi</title></head><body>hello</body></html>", TestContext.Current.CancellationToken);
        var r = await CliRunner.RunAsync("feed", "parse", "--json", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("not a feed", Assert.Single(r.Error.TrimEnd('\n').Split('\n')), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FeedParse_OneBadFileDoesNotHideTheOthers()
    {
        var good = RepoPaths.Shared("corpus", "feeds", "crypto", "015-cryptonews.xml");
        var empty = Path.Combine(CliRunner.TempDir(), "empty.xml");
        await File.WriteAllTextAsync(empty, "", TestContext.Current.CancellationToken);
        var r = await CliRunner.RunAsync("feed", "parse", "--json", empty, good);
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
        Assert.NotEmpty(doc.RootElement[1].GetProperty("items").EnumerateArray());
    }
}
