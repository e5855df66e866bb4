using Coinwire.App.Cli;

namespace Coinwire.App.Hosting;

/// <summary>Starts the ASP.NET Core host for <c>coinwire run</c>.</summary>
public static class WebHost
{
    /// <summary>Runs the site until <paramref name="ct"/> is cancelled (Ctrl-C, SIGTERM).</summary>
    public static async Task RunAsync(WebHostOptions options, CliContext io, CancellationToken ct)
    {
        var dataDir = Path.GetFullPath(options.DataDir);
        Directory.CreateDirectory(dataDir);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://localhost:{options.Port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/", () => Results.Text($"Coinwire is running. Data folder: {dataDir}\n", "text/plain"));

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
