using Coinwire.Storage;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Coinwire.App.Web;

/// <summary>
/// Evicts the output cache when articles change in another process (another web instance, the ingest worker, the CLI):
/// every <c>Web:ChangePollSeconds</c> it reads a store-wide stamp (article count, newest <c>UpdatedAt</c>, highest id)
/// and evicts <see cref="WebApp.ArticlesTag"/> when the stamp moves. Changes made in this process evict at once.
/// </summary>
public sealed partial class ArticleChangeWatcher(StoreFactory store, IOutputCacheStore cache, TimeSpan interval, ILogger<ArticleChangeWatcher> logger) : BackgroundService
{
    /// <summary>The stamp of the articles table.</summary>
    /// <param name="Count">Number of articles, drafts included.</param>
    /// <param name="LastUpdate">Newest <c>UpdatedAt</c>.</param>
    /// <param name="LastId">Highest id (a delete plus an insert keeps the count).</param>
    public sealed record Stamp(int Count, DateTime? LastUpdate, long? LastId);

    /// <summary>Reads the current stamp in one query.</summary>
    public static async Task<Stamp> ReadAsync(StoreFactory store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var db = store.CreateContext();
        var stamp = await db.Articles.GroupBy(_ => 1)
            .Select(g => new Stamp(g.Count(), g.Max(a => (DateTime?)a.UpdatedAt), g.Max(a => (long?)a.Id)))
            .FirstOrDefaultAsync(ct);
        return stamp ?? new Stamp(0, null, null);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Stamp? last = null;
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                try
                {
                    var now = await ReadAsync(store, stoppingToken);
                    if (last is not null && now != last)
                    {
                        await WebApp.ArticlesChangedAsync(cache, stoppingToken);
                    }
                    last = now;
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // A busy or briefly unreachable store must not stop the watcher; the cache still expires on its own.
                    LogPollFailed(logger, e.GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article change check failed ({Error}); retrying")]
    private static partial void LogPollFailed(ILogger logger, string error);
}
