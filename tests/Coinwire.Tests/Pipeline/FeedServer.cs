using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Coinwire.Tests.Pipeline;

/// <summary>A Kestrel server on 127.0.0.1 serving feed files with ETag/Last-Modified and 304, counting requests.</summary>
internal sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, byte[]> feeds = new();

    private FeedServer(WebApplication app) => this.app = app;

    public ConcurrentQueue<(string Path, int Status)> Requests { get; } = new();

    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts on a free port of <paramref name="address"/> (any of 127.0.0.0/8, so tests can have several hosts).</summary>
    public static async Task<FeedServer> StartAsync(string address = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{address}:0");
        var server = new FeedServer(builder.Build());
        server.app.Run(server.ServeAsync);
        await server.app.StartAsync();
        server.BaseUri = new Uri(server.app.Urls.First() + "/");
        return server;
    }

    public Uri Serve(string path, byte[] body)
    {
        feeds[path] = body;
        return new Uri(BaseUri, path.TrimStart('/'));
    }

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!feeds.TryGetValue(path, out var body))
        {
            context.Response.StatusCode = 404;
            Requests.Enqueue((path, 404));
            return;
        }
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"";
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = 304;
            Requests.Enqueue((path, 304));
            return;
        }
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = "Tue, 24 Nov 2026 10:00:00 GMT";
        context.Response.ContentType = "application/rss+xml";
        Requests.Enqueue((path, 200));
        await context.Response.Body.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
