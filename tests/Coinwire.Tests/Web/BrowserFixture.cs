using Coinwire.App.Web;
using Coinwire.Tests.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;

namespace Coinwire.Tests.Web;

/// <summary>
/// The real app on a loopback Kestrel port (demo content, admin password, output cache on) and one headless
/// Debian Chromium driven by Playwright (no browser download). Screenshots go to TestResults/browser/.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Password = "browser test password";

    private IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public string DataDir { get; } = CliRunner.TempDir();

    public string ScreenshotDir { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser");

    public async ValueTask InitializeAsync()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Admin:Password"] = Password,
            ["Web:CacheSeconds"] = "30",
            ["Web:ChangePollSeconds"] = "1",
        }).Build();
        App = await WebApp.CreateAsync(new WebAppOptions(DataDir, Demo: true), config, b => b.WebHost.UseUrls("http://127.0.0.1:0"));
        await App.StartAsync();
        BaseAddress = ServerAddress.Of(App);
        if (!File.Exists(ChromiumPath))
        {
            return;
        }
        Directory.CreateDirectory(ScreenshotDir);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Chromium refuses to start its sandbox as root (containers, CI).
            Args = Environment.UserName == "root" ? ["--no-sandbox"] : [],
        });
    }

    /// <summary>A fresh page (own cookies) at <paramref name="path"/>; skips the test when Chromium is not installed.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        if (Browser is null)
        {
            Assert.Skip($"Chromium is not installed at {ChromiumPath} (apt-get install chromium); browser tests skipped.");
        }
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>
    /// Waits for the page to reach a URL matching <paramref name="pattern"/>; on timeout (60 s: the suite loads both
    /// cores) fails with where the page is and what it shows, and saves a screenshot of it. Waits for the document
    /// to be parsed, not for the load event: on a starved CI machine the load event (stylesheet, cover image) once
    /// came more than a minute after the URL had matched. A step that goes on with a new navigation passes
    /// <see cref="WaitUntilState.Commit"/>: the server has answered, and the page it answered with is not read.
    /// </summary>
    public async Task WaitForUrlAsync(IPage page, string pattern, WaitUntilState until = WaitUntilState.DOMContentLoaded)
    {
        try
        {
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(pattern), new PageWaitForURLOptions { Timeout = 60_000, WaitUntil = until });
        }
        catch (TimeoutException)
        {
            await ScreenshotAsync(page, "timeout");
            var text = await page.Locator("body").InnerTextAsync();
            Assert.Fail($"page stayed at {page.Url} instead of /{pattern}/; it shows: {text[..Math.Min(text.Length, 500)]}");
        }
    }

    /// <summary>Saves a full-page screenshot named after the step.</summary>
    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        await App.DisposeAsync();
        WebFixture.DeleteDataDir(DataDir);
    }
}
