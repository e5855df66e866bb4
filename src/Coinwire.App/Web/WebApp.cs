using System.Threading.RateLimiting;
using Coinwire.App.Hosting;
using Coinwire.App.Web.Admin;
using Coinwire.App.Web.Api;
using Coinwire.App.Web.Feeds;
using Coinwire.Publishing;
using Coinwire.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;

namespace Coinwire.App.Web;

/// <summary>What the web app needs to start.</summary>
/// <param name="DataDir">The data folder (SQLite store and files).</param>
/// <param name="Demo">Import the bundled sample articles at start.</param>
public sealed record WebAppOptions(string DataDir, bool Demo = false);

/// <summary>Builds the site: services, middleware and every route (pages, API, feeds, admin, health).</summary>
public static class WebApp
{
    /// <summary>Output-cache policy for pages, API and feeds.</summary>
    public const string CachePolicy = "site";

    /// <summary>Output-cache tag evicted whenever articles change.</summary>
    public const string ArticlesTag = "articles";

    /// <summary>Rate-limit policy for the API.</summary>
    public const string ApiRateLimit = "api";

    /// <summary>Rate-limit policy for the admin login.</summary>
    public const string LoginRateLimit = "login";

    /// <summary>
    /// Creates the app: opens and migrates the store, creates the search index, imports demo content when asked.
    /// <paramref name="configure"/> runs last on the builder (tests swap the server or the configuration there).
    /// </summary>
    public static async Task<WebApplication> CreateAsync(WebAppOptions options, IConfiguration configuration, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.ClearProviders();
        builder.Logging.AddCoinwireConsole(builder.Configuration, o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 256 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });
        builder.Services.Configure<FormOptions>(f =>
        {
            f.ValueLengthLimit = 128 * 1024;
            f.MultipartBodyLengthLimit = 256 * 1024;
            f.ValueCountLimit = 64;
        });

        var store = await OpenStoreAsync(builder.Configuration, options.DataDir, ct);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new ArticleQueries(store));
        builder.Services.AddSingleton(sp => new ArticleEditor(store, sp.GetRequiredService<TimeProvider>()));
        AddServices(builder);
        builder.AddCoinwireTelemetry(store);
        builder.Services.AddCoinwireHealthChecks(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        if (options.Demo)
        {
            await DemoContent.ImportAsync(store, app.Logger, ct);
        }
        UsePipeline(app);
        return app;
    }

    /// <summary>Evicts cached pages, API answers and feeds after articles changed.</summary>
    public static ValueTask ArticlesChangedAsync(IOutputCacheStore cache, CancellationToken ct = default) =>
        cache.EvictByTagAsync(ArticlesTag, ct);

    private static async Task<StoreFactory> OpenStoreAsync(IConfiguration configuration, string dataDir, CancellationToken ct)
    {
        var db = new DatabaseOptions();
        configuration.GetSection(DatabaseOptions.Section).Bind(db);
        var dir = Path.GetFullPath(dataDir);
        Directory.CreateDirectory(dir);
        var store = new StoreFactory(db, dir);
        await store.MigrateAsync(ct);
        await SearchIndex.EnsureAsync(store, ct);
        return store;
    }

    private static void AddServices(WebApplicationBuilder builder)
    {
        var cacheSeconds = builder.Configuration.GetValue("Web:CacheSeconds", 30);
        builder.Services.AddOutputCache(o =>
        {
            o.AddPolicy(CachePolicy, p =>
            {
                if (cacheSeconds <= 0)
                {
                    p.NoCache();
                    return;
                }
                p.Expire(TimeSpan.FromSeconds(cacheSeconds)).Tag(ArticlesTag).SetVaryByQuery("*");
            });
        });
        var pollSeconds = builder.Configuration.GetValue("Web:ChangePollSeconds", 5.0);
        if (cacheSeconds > 0 && pollSeconds > 0)
        {
            builder.Services.AddHostedService(sp => new ArticleChangeWatcher(sp.GetRequiredService<StoreFactory>(),
                sp.GetRequiredService<IOutputCacheStore>(), TimeSpan.FromSeconds(pollSeconds), sp.GetRequiredService<ILogger<ArticleChangeWatcher>>()));
        }
        var apiPerMinute = builder.Configuration.GetValue("Web:ApiRequestsPerMinute", 600);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(ApiRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = apiPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.AddPolicy(LoginRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Coinwire API";
            doc.Info.Description = "Published crypto news articles, coins, sources and feeds.";
            return Task.CompletedTask;
        }));
        builder.Services.AddAdmin();
        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            // The default encoder escapes <, >, & and quotes: API text never reads as markup, even if mis-served.
            j.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default;
            j.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler(e => e.Run(ctx =>
        {
            ctx.Response.StatusCode = StatusCodes.Status500InternalServerError;
            ctx.Response.ContentType = "text/plain; charset=utf-8";
            return ctx.Response.WriteAsync("Internal error.\n");
        }));
        app.UseMiddleware<HeadMiddleware>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseMiddleware<ConditionalGetMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi("/openapi/{documentName}.json").CacheOutput(CachePolicy);
        SiteEndpoints.Map(app);
        ApiEndpoints.Map(app);
        FeedEndpoints.Map(app);
        AdminEndpoints.Map(app);
        app.MapCoinwireMetrics();
        app.MapCoinwireHealth();
    }
}
