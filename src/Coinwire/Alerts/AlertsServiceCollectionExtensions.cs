using Coinwire.Alerts.Channels;
using Coinwire.Alerts.WebSub;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Coinwire.Alerts;

/// <summary>Registers the alert stage, its dispatcher and the WebSub publisher.</summary>
public static class AlertsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="AlertStage"/>, <see cref="AlertDispatcher"/> and <see cref="WebSubPublisher"/> with
    /// <see cref="AlertsOptions"/> from <c>Alerts</c> and <see cref="WebSubOptions"/> from <c>WebSub</c> (site URL from
    /// <c>Site:BaseUrl</c>). Needs a registered <see cref="Storage.StoreFactory"/> and <c>IConfiguration</c>.
    /// </summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertsOptions>().BindConfiguration(AlertsOptions.SectionName)
            .Configure<IConfiguration>((o, c) => o.SiteBaseUrl ??= c["Site:BaseUrl"]);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlertsOptions>, AlertsOptionsValidator>());
        services.AddOptions<WebSubOptions>().BindConfiguration(WebSubOptions.SectionName)
            .Configure<IConfiguration>((o, c) => o.SiteBaseUrl ??= c["Site:BaseUrl"])
            .Validate(o => string.IsNullOrWhiteSpace(o.Hub) || Uri.TryCreate(o.Hub, UriKind.Absolute, out _), "WebSub:Hub must be an absolute URL");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AlertDispatcher>();
        services.TryAddSingleton<WebSubPublisher>();
        services.TryAddSingleton<AlertStage>();

        var builder = services.AddHttpClient(AlertDispatcher.ClientName, client =>
            {
                // The resilience pipeline's total timeout bounds a delivery; HttpClient's own would cut its retries short.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "Coinwire/1.0 (alerts)");
            })
            // The default request logging writes URLs, and Telegram, Discord and Slack put their tokens in the path.
            .RemoveAllLoggers();
        builder.AddResilienceHandler("alerts", (pipeline, context) =>
            {
                var limits = context.ServiceProvider.GetRequiredService<IOptionsMonitor<AlertsOptions>>().CurrentValue.Delivery;
                pipeline.AddTimeout(limits.Timeout);
                if (limits.MaxRetries > 0)
                {
                    // 5xx, 408, 429 and network errors; Retry-After wins over the exponential delay when present.
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = limits.MaxRetries,
                        Delay = limits.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldRetryAfterHeader = true,
                        MaxDelay = limits.Timeout,
                    });
                }
                pipeline.AddTimeout(limits.AttemptTimeout);
            });
        // Added after the resilience handler, so it sits inside it and sees every attempt.
        builder.AddHttpMessageHandler(() => new AttemptLog());
        return services;
    }
}
