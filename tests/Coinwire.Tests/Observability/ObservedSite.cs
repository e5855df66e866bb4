using Coinwire.App.Web;
using Coinwire.Storage;
using Coinwire.Tests.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coinwire.Tests.Observability;

/// <summary>The web app on a test server over an empty temp store, with snapshot caching off and test settings.</summary>
internal sealed class ObservedSite : IAsyncDisposable
{
    private ObservedSite(WebApplication app)
    {
        App = app;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public StoreFactory Store => App.Services.GetRequiredService<StoreFactory>();

    public static async Task<ObservedSite> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?> { ["Web:CacheSeconds"] = "0", ["Telemetry:SnapshotCache"] = "00:00:00" };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }
        var config = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var app = await WebApp.CreateAsync(new WebAppOptions(CliRunner.TempDir()), config, b => b.WebHost.UseTestServer(), TestContext.Current.CancellationToken);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new ObservedSite(app);
    }

    public async Task<(int Status, System.Text.Json.JsonElement Body)> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, System.Text.Json.JsonDocument.Parse(text).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
