using System.Text;
using Coinwire.Tests.Fetching;
using Microsoft.AspNetCore.Http;

namespace Coinwire.Tests.Images;

/// <summary>
/// An Unsplash API stand-in on loopback: <c>/search/photos</c> answers the committed sample, <c>/photos/{id}/download</c>
/// answers <c>{"url": …}</c>, every answer carries <c>X-Ratelimit-Limit</c>/<c>X-Ratelimit-Remaining</c> counting down like
/// the real API, and a request past the budget gets the real 403 "Rate Limit Exceeded".
/// </summary>
internal sealed class FakeUnsplash : IAsyncDisposable
{
    public const string Key = "test-key";

    private readonly Lock _gate = new();
    private LoopbackServer _server = null!;

    private FakeUnsplash()
    {
    }

    public Uri BaseUri => _server.BaseUri;

    public int Limit { get; set; } = 50;

    /// <summary>Requests left before the next one; each answered request takes one.</summary>
    public int Remaining { get; set; } = 50;

    /// <summary>Replaces the search body (with <c>{base}</c> standing for this server's address).</summary>
    public string? SearchBody { get; set; }

    public IReadOnlyList<SeenRequest> Requests => [.. _server.Requests];

    public IReadOnlyList<SeenRequest> Searches => [.. _server.Requests.Where(r => r.PathAndQuery.StartsWith("/search/photos", StringComparison.Ordinal))];

    public IReadOnlyList<SeenRequest> Downloads => [.. _server.Requests.Where(r => r.PathAndQuery.Contains("/download", StringComparison.Ordinal))];

    public static string SampleJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "images", "unsplash-search-photos.json"));

    public static async Task<FakeUnsplash> StartAsync()
    {
        var fake = new FakeUnsplash();
        fake._server = await LoopbackServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        if (context.Request.Headers.Authorization.ToString() != "Client-ID " + Key)
        {
            response.StatusCode = 401;
            await response.WriteAsync("{\"errors\":[\"OAuth error: The access token is invalid\"]}");
            return;
        }
        int remaining;
        lock (_gate)
        {
            if (Remaining <= 0)
                remaining = -1;
            else
                remaining = --Remaining;
        }
        response.Headers["X-Ratelimit-Limit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["X-Ratelimit-Remaining"] = Math.Max(0, remaining).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (remaining < 0)
        {
            response.StatusCode = 403;
            response.ContentType = "text/plain";
            await response.WriteAsync("Rate Limit Exceeded");
            return;
        }
        response.ContentType = "application/json";
        var origin = BaseUri.GetLeftPart(UriPartial.Authority);
        if (context.Request.Path.StartsWithSegments("/search/photos"))
        {
            var body = SearchBody is { } custom ? custom.Replace("{base}", origin, StringComparison.Ordinal) : SampleJson.Replace("https://api.unsplash.com", origin, StringComparison.Ordinal);
            await response.Body.WriteAsync(Encoding.UTF8.GetBytes(body));
        }
        else if (context.Request.Path.Value?.EndsWith("/download", StringComparison.Ordinal) == true)
        {
            await response.WriteAsync("{\"url\":\"https://images.unsplash.com/photo-1749492795606-51d9898710ca?ixid=x\"}");
        }
        else
        {
            response.StatusCode = 404;
            await response.WriteAsync("{\"errors\":[\"Couldn't find Photo\"]}");
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
