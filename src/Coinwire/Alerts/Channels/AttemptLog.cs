using System.Globalization;

namespace Coinwire.Alerts.Channels;

/// <summary>
/// Outcome of every HTTP attempt of one request, retries included: the resilience handler retries out of the caller's
/// sight, so this handler sits inside it and writes each try into a list carried by the request.
/// </summary>
public sealed class AttemptLog : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<List<string>> Key = new("Coinwire.Alerts.Attempts");

    /// <summary>Starts a log on <paramref name="request"/> and returns it.</summary>
    public static List<string> Attach(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var attempts = new List<string>();
        request.Options.Set(Key, attempts);
        return attempts;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.TryGetValue(Key, out var attempts);
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            attempts?.Add(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            return response;
        }
        catch (Exception e)
        {
            attempts?.Add(e is OperationCanceledException ? "timeout" : e.GetType().Name);
            throw;
        }
    }
}
