using System.Text.Json;
using Coinwire.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coinwire.App.Hosting;

/// <summary>
/// <c>/livez</c> (the process answers; no checks) and <c>/readyz</c> (store reachable, migrations applied, queue lag,
/// feed health), both answering JSON with each check's status. Healthy and Degraded answer 200, Unhealthy 503.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Liveness route.</summary>
    public const string LivePath = "/livez";

    /// <summary>Readiness route.</summary>
    public const string ReadyPath = "/readyz";

    private const string ReadyTag = "ready";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Registers the readiness checks; needs <see cref="StoreFactory"/> and the pipeline gauges in the container.</summary>
    public static IServiceCollection AddCoinwireHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.Section));
        // The EF check resolves the context from a scope; the app otherwise creates contexts through the factory.
        services.TryAddScoped(sp => sp.GetRequiredService<StoreFactory>().CreateContext());
        services.AddHealthChecks()
            .AddDbContextCheck<CoinwireDbContext>("store", tags: [ReadyTag])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [ReadyTag])
            .AddCheck<QueueLagHealthCheck>("queue", tags: [ReadyTag])
            .AddCheck<FeedHealthCheck>("feeds", tags: [ReadyTag]);
        return services;
    }

    /// <summary>Maps <c>/livez</c> and <c>/readyz</c>.</summary>
    public static void MapCoinwireHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithName("Liveness").WithSummary("200 while the process answers").WithTags("Health");
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .WithName("Readiness").WithSummary("Store, migrations, queue lag and feed health as JSON; 503 when unhealthy").WithTags("Health");
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description ?? e.Value.Exception?.Message.Split('\n')[0],
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                data = e.Value.Data.Count == 0 ? null : e.Value.Data,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
