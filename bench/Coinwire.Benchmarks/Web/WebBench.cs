using System.Globalization;
using Coinwire.App.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Coinwire.Benchmarks.Web;

/// <summary>
/// <c>dotnet run -c Release --project bench/Coinwire.Benchmarks -- web [--seconds N] [--rounds N] [--connections N]</c>: the site
/// with demo content and production settings (output cache on) on a loopback Kestrel port, against a minimal Kestrel
/// app serving a static file the size of the home page. Each target gets, per round, a warm-up, then N seconds of load from
/// <c>connections</c> keep-alive connections; prints requests/s, p50/p99 latency and throughput relative to the static file.
/// </summary>
internal static class WebBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = 10;
        var connections = 16;
        var rounds = 2;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds" when i + 1 < args.Length:
                    seconds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--rounds" when i + 1 < args.Length:
                    rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--connections" when i + 1 < args.Length:
                    connections = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    await Console.Error.WriteLineAsync("usage: web [--seconds N] [--rounds N] [--connections N]");
                    return 2;
            }
        }

        var dir = Path.Combine(Path.GetTempPath(), "coinwire-webbench-" + Guid.NewGuid().ToString("N"));
        var staticDir = Path.Combine(dir, "static");
        Directory.CreateDirectory(staticDir);
        try
        {
            await using var site = await WebApp.CreateAsync(new WebAppOptions(Path.Combine(dir, "data"), Demo: true), new ConfigurationBuilder().AddInMemoryCollection().Build(),
                b => b.WebHost.UseUrls("http://127.0.0.1:0"));
            await site.StartAsync();
            var siteUrl = ServerAddress.Of(site);
            using var http = new HttpClient();
            var home = await http.GetByteArrayAsync(siteUrl);
            var articlePath = ArticlePath(System.Text.Encoding.UTF8.GetString(home));
            await File.WriteAllBytesAsync(Path.Combine(staticDir, "home.html"), home);
            await using var files = await StaticFileServer.StartAsync(staticDir);
            var staticUrl = new Uri(ServerAddress.Of(files), "/home.html");

            Console.WriteLine($"{Environment.ProcessorCount} cores, {connections} connections, {rounds} rounds of {seconds} s per target (order rotated each round, each after a {Warmup.TotalSeconds:N0} s warm-up); home page {home.Length / 1024.0:N1} KiB");
            Console.WriteLine($"load average before: {Machine.LoadAverage()}");
            var targets = new (string Name, Uri Url)[]
            {
                ("static file (UseStaticFiles)", staticUrl),
                ("home page /", siteUrl),
                ("article page " + articlePath, new Uri(siteUrl, articlePath)),
            };
            var samples = targets.Select(_ => new List<LoadSample>()).ToArray();
            for (var round = 0; round < rounds; round++)
            {
                for (var k = 0; k < targets.Length; k++)
                {
                    // Rotating the order keeps a slow moment of the shared machine from always hitting the same target.
                    var t = (k + round) % targets.Length;
                    await LoadClient.RunAsync(targets[t].Url, connections, Warmup);
                    samples[t].Add(await LoadClient.RunAsync(targets[t].Url, connections, TimeSpan.FromSeconds(seconds)));
                }
            }
            var results = targets.Select((t, k) => LoadResult.From(t.Name, samples[k])).ToList();
            Print(results);
            Console.WriteLine($"load average after: {Machine.LoadAverage()}");
            return results.Any(r => r.Errors > 0) ? 1 : 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);

    private static string ArticlePath(string homeHtml)
    {
        const string marker = "href=\"/articles/";
        var start = homeHtml.IndexOf(marker, StringComparison.Ordinal) + "href=\"".Length;
        return homeHtml[start..homeHtml.IndexOf('"', start)];
    }

    private static void Print(List<LoadResult> results)
    {
        var baseline = results[0].PerSecond;
        Console.WriteLine();
        Console.WriteLine("| target | requests/s | p50 | p99 | vs static | KiB/request | errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine($"| {r.Name} | {r.PerSecond:N0} | {r.P50Ms:N2} ms | {r.P99Ms:N2} ms | {r.PerSecond / baseline:P0} | {r.Bytes / 1024.0 / Math.Max(1, r.Requests + r.Errors):N1} | {r.Errors} |");
        }
    }
}
