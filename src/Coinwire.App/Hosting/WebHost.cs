using Coinwire.App.Cli;
using Coinwire.App.Web;

namespace Coinwire.App.Hosting;

/// <summary>Starts the ASP.NET Core host for <c>coinwire run</c>.</summary>
public static class WebHost
{
    /// <summary>Runs the site on localhost until <paramref name="ct"/> is cancelled (Ctrl-C, SIGTERM), then stops cleanly.</summary>
    public static async Task RunAsync(WebHostOptions options, CliContext io, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(io);
        var dataDir = Path.GetFullPath(options.DataDir);
        WebApplication app;
        try
        {
            app = await WebApp.CreateAsync(new WebAppOptions(dataDir, options.Demo), CoinwireConfiguration.Build(),
                b => b.WebHost.UseUrls($"http://localhost:{options.Port}"), ct);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or ArgumentException)
        {
            throw new CliException($"cannot open the store: {e.Message.Split('\n')[0].Trim()}");
        }
        await using (app)
        {
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException e)
            {
                throw new CliException($"cannot listen on port {options.Port}: {e.Message}");
            }
            await io.Out.WriteLineAsync($"Coinwire listening on http://localhost:{options.Port} (data: {dataDir}{(options.Demo ? ", demo" : "")}); Ctrl-C stops it.");
            await app.WaitForShutdownAsync(ct);
        }
    }
}
