using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coinwire.Tests.Rewriting;

/// <summary>
/// An OpenAI-compatible <c>POST /v1/chat/completions</c> on 127.0.0.1 (Kestrel, random port). Answers come from a
/// script, one per request (the last repeats); every request body is recorded.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    public const string Model = "fake-model";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private Func<HttpContext, Task>? _last;

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>The base URL to configure as <c>Llm:Endpoint</c> (ends in <c>/v1</c>).</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>Request bodies in arrival order.</summary>
    public ConcurrentQueue<JsonDocument> Requests { get; } = new();

    /// <summary>Authorization headers in arrival order.</summary>
    public ConcurrentQueue<string> Authorizations { get; } = new();

    public static async Task<FakeOpenAiServer> StartAsync(params Func<HttpContext, Task>[] script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        foreach (var step in script)
        {
            server._script.Enqueue(step);
        }
        app.MapPost("/v1/chat/completions", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            server.Requests.Enqueue(JsonDocument.Parse(await reader.ReadToEndAsync()));
            server.Authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
            var step = server._script.TryDequeue(out var next) ? server._last = next : server._last;
            await (step ?? Json(Answer.Good))(context);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = address + "/v1";
        return server;
    }

    /// <summary>A completion whose message content is <paramref name="content"/>.</summary>
    public static Func<HttpContext, Task> Json(string content, int promptTokens = 400, int completionTokens = 200) => context =>
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_770_000_000,
            model = Model,
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
        }));
    };

    /// <summary>A status code with an optional <c>Retry-After</c> (seconds).</summary>
    public static Func<HttpContext, Task> Status(int status, int? retryAfter = null) => context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return context.Response.WriteAsync("""{"error":{"message":"slow down","type":"rate_limit"}}""");
    };

    /// <summary>Waits <paramref name="delay"/> (or until the client gives up) before answering well.</summary>
    public static Func<HttpContext, Task> Slow(TimeSpan delay) => async context =>
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await Json(Answer.Good)(context);
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        foreach (var r in Requests)
        {
            r.Dispose();
        }
    }
}
