using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coinwire.Alerts.WebSub;

/// <summary>Tells the WebSub hub which feeds changed (<c>hub.mode=publish</c>, one form POST per feed URL).</summary>
public sealed class WebSubPublisher(IHttpClientFactory http, IOptionsMonitor<WebSubOptions> options, ILogger<WebSubPublisher> log)
{
    /// <summary>True when a hub is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(options.CurrentValue.Hub);

    /// <summary>The site base URL feed topics start with.</summary>
    public string SiteBaseUrl => options.CurrentValue.SiteBaseUrl ?? "http://localhost:5080/";

    /// <summary>Pings the hub for each distinct topic; returns how many it accepted. Failures are logged, never thrown.</summary>
    public async Task<int> PublishAsync(IEnumerable<Uri> topics, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (!Enabled)
        {
            return 0;
        }
        var hub = new Uri(options.CurrentValue.Hub!);
        var client = http.CreateClient(AlertDispatcher.ClientName);
        var accepted = 0;
        foreach (var topic in topics.Distinct())
        {
            using var form = new FormUrlEncodedContent([new("hub.mode", "publish"), new("hub.url", topic.AbsoluteUri)]);
            try
            {
                using var response = await client.PostAsync(hub, form, ct);
                if (response.IsSuccessStatusCode)
                {
                    accepted++;
                    continue;
                }
                log.LogWarning("WebSub hub answered {Status} for {Topic}", (int)response.StatusCode, topic);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                log.LogWarning("WebSub ping for {Topic} failed: {Error}", topic, e.Message);
            }
        }
        return accepted;
    }
}
