using System.Net;
using Coinwire.App.Web;
using Coinwire.Storage;
using Coinwire.Tests.Cli;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coinwire.Tests.Web;

public class HostTests
{
    [Fact]
    public async Task Healthz_503WhenTheStoreBreaks()
    {
        var ct = TestContext.Current.CancellationToken;
        var dir = CliRunner.TempDir();
        await using var app = await WebApp.CreateAsync(new WebAppOptions(dir), new ConfigurationBuilder().Build(), b => b.WebHost.UseTestServer(), ct);
        await app.StartAsync(ct);
        using var client = app.GetTestClient();
        using var healthy = await client.GetAsync(new Uri("/healthz", UriKind.Relative), ct);

        await using (var db = app.Services.GetRequiredService<StoreFactory>().CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE articles", ct);
        }
        using var broken = await client.GetAsync(new Uri("/healthz", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, broken.StatusCode);
    }

    [Fact]
    public async Task Demo_ImportsSamplesIdempotently()
    {
        var ct = TestContext.Current.CancellationToken;
        var dir = CliRunner.TempDir();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Web:CacheSeconds"] = "0" }).Build();
        for (var run = 0; run < 2; run++)
        {
            await using var app = await WebApp.CreateAsync(new WebAppOptions(dir, Demo: true), config, b => b.WebHost.UseTestServer(), ct);
            await app.StartAsync(ct);
            using var client = app.GetTestClient();
            var json = await client.GetStringAsync(new Uri("/api/articles", UriKind.Relative), ct);

            Assert.Contains("\"total\":6", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OutputCache_EvictedWhenArticlesChange()
    {
        var ct = TestContext.Current.CancellationToken;
        var dir = CliRunner.TempDir();
        await using var app = await WebApp.CreateAsync(new WebAppOptions(dir), new ConfigurationBuilder().Build(), b => b.WebHost.UseTestServer(), ct);
        await app.StartAsync(ct);
        using var client = app.GetTestClient();
        var before = await client.GetStringAsync(new Uri("/api/articles", UriKind.Relative), ct);

        await new Coinwire.Publishing.ArticleImporter(app.Services.GetRequiredService<StoreFactory>()).ImportAsync(WebFixture.ReferenceText, ct);
        var cached = await client.GetStringAsync(new Uri("/api/articles", UriKind.Relative), ct);
        await WebApp.ArticlesChangedAsync(app.Services.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>(), ct);
        var fresh = await client.GetStringAsync(new Uri("/api/articles", UriKind.Relative), ct);

        Assert.Contains("\"total\":0", before, StringComparison.Ordinal);
        Assert.Equal(before, cached);
        Assert.Contains("\"total\":1", fresh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_RateLimited_429()
    {
        var ct = TestContext.Current.CancellationToken;
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Web:CacheSeconds"] = "0", ["Web:ApiRequestsPerMinute"] = "3" }).Build();
        await using var app = await WebApp.CreateAsync(new WebAppOptions(CliRunner.TempDir()), config, b => b.WebHost.UseTestServer(), ct);
        await app.StartAsync(ct);
        using var client = app.GetTestClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var r = await client.GetAsync(new Uri("/api/coins", UriKind.Relative), ct);
            statuses.Add(r.StatusCode);
        }
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative), ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
