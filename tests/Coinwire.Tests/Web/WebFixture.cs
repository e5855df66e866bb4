using Coinwire.App.Web;
using Coinwire.Articles;
using Coinwire.Common;
using Coinwire.Tests.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace Coinwire.Tests.Web;

/// <summary>
/// A site on a test server over a temp data folder holding the reference article, the bundled samples and a hostile
/// article (script tags, javascript: links, attribute breakers), imported through <c>coinwire import</c>.
/// </summary>
public class WebFixture : IAsyncLifetime
{
    public const string ReferenceSlug = "bitcoin-led-crypto-rout-erases-nearly-half-a-trillion-in-a-week";
    public const string XssSlug = "evil-script-alert-1-script-title";

    public static readonly string ReferenceText = File.ReadAllText(RepoPaths.Shared("reference", "article.md"));

    public string DataDir { get; } = CliRunner.TempDir();

    public WebApplication App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    protected virtual Dictionary<string, string?> Settings => new() { ["Web:CacheSeconds"] = "0" };

    /// <summary>A client that keeps cookies and does not follow redirects (for the admin flow).</summary>
    public HttpClient CookieClient()
    {
        var handler = new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler { InnerHandler = App.GetTestServer().CreateHandler() };
        return new HttpClient(handler) { BaseAddress = App.GetTestServer().BaseAddress };
    }

    public async ValueTask InitializeAsync()
    {
        var import = Path.Combine(DataDir, "import");
        Directory.CreateDirectory(import);
        File.WriteAllText(Path.Combine(import, "reference.md"), ReferenceText);
        File.WriteAllText(Path.Combine(import, "xss.md"), XssArticle());
        foreach (var sample in Directory.GetFiles(SamplesFolder(), "*.md"))
        {
            File.Copy(sample, Path.Combine(import, Path.GetFileName(sample)));
        }
        var result = await CliRunner.RunAsync("import", import, "--data", DataDir);
        Assert.True(result.ExitCode == 0, result.Error);

        var config = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        App = await WebApp.CreateAsync(new WebAppOptions(DataDir), config, b => b.WebHost.UseTestServer());
        await App.StartAsync();
        Client = App.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        Client.Dispose();
        await App.DisposeAsync();
        DeleteDataDir(DataDir);
    }

    /// <summary>Deletes a data folder after its app stopped (SQLite pools closed first); best effort.</summary>
    public static void DeleteDataDir(string dir)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // Cleanup is best effort.
        }
    }

    public static string SamplesFolder() => Path.Combine(RepoPaths.FindRoot()!, "samples", "articles");

    /// <summary>The reference article with hostile text in every field a page shows.</summary>
    public static string XssArticle()
    {
        var a = Article.Parse(ReferenceText);
        a.Title = "Evil <script>alert(1)</script> title";
        a.ExternalId = "xss-1";
        a.Source.Name = "Evil \" onmouseover=\"alert(2) <script>alert(3)</script>";
        a.Source.Key = Coinwire.Sources.SourceKey.From(a.Source.Name!);
        a.CoverImage.Alt = "\" onmouseover=\"alert(4)";
        a.Category = "ETH";
        a.Tags = ["ETH"];
        a.Body = a.Body
            .Replace("## What Happened\n\n", "## What Happened\n\n<script>alert(5)</script> and [click me](javascript:alert(6)) and <a href=\"javascript:alert(7)\" onmouseover=\"alert(8)\">raw</a> and [x](\" onmouseover=\"alert(9)).\n\n", StringComparison.Ordinal)
            .Replace("## From author\n\n", "## From author\n\n<img src=x onerror=alert(10)> <javascript:alert(11)>\n\n", StringComparison.Ordinal);
        return a.Render();
    }
}
