using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Coinwire.Tests.Alerts;

/// <summary>A Kestrel server on 127.0.0.1 standing in for a webhook, chat API or WebSub hub: records every request and answers from a script (then 200).</summary>
internal sealed class FakeReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter, string Body)> script = new();

    private FakeReceiver(WebApplication app) => this.app = app;

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    public static async Task<FakeReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var receiver = new FakeReceiver(builder.Build());
        receiver.app.Run(receiver.AnswerAsync);
        await receiver.app.StartAsync();
        receiver.BaseUri = new Uri(receiver.app.Urls.First() + "/");
        return receiver;
    }

    public string Url(string path) => new Uri(BaseUri, path.TrimStart('/')).AbsoluteUri;

    /// <summary>Status of an answer that never comes (the request hangs until the client gives up).</summary>
    public const int Hang = -1;

    /// <summary>Queues the next answers, in order.</summary>
    public void Answer(int status, string? retryAfter = null, string body = "") => script.Enqueue((status, retryAfter, body));

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new ReceivedRequest(context.Request.Method, context.Request.Path.Value ?? "/",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
        var (status, retryAfter, answer) = script.TryDequeue(out var next) ? next : (200, null, "");
        if (status == Hang)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }
        await context.Response.WriteAsync(answer);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

internal sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
