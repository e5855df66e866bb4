using System.Diagnostics;

namespace Coinwire.Benchmarks.Web;

/// <summary>One load run's raw numbers: request latencies in <see cref="Stopwatch"/> ticks, errors, wall time, bytes read.</summary>
internal sealed record LoadSample(long[] Latencies, int Errors, TimeSpan Elapsed, long Bytes);

/// <summary>One target's result over one or more runs: requests/s over their total wall time, merged percentiles.</summary>
internal sealed record LoadResult(string Name, int Requests, int Errors, TimeSpan Elapsed, double P50Ms, double P99Ms, long Bytes)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;

    public static LoadResult From(string name, IReadOnlyList<LoadSample> samples)
    {
        var sorted = samples.SelectMany(s => s.Latencies).Order().ToArray();
        return new LoadResult(name, sorted.Length, samples.Sum(s => s.Errors), TimeSpan.FromTicks(samples.Sum(s => s.Elapsed.Ticks)),
            Percentile(sorted, 0.50), Percentile(sorted, 0.99), samples.Sum(s => s.Bytes));
    }

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))] * 1000.0 / Stopwatch.Frequency;
}

/// <summary>
/// A bounded closed-loop load generator: <c>connections</c> workers, each with its own keep-alive connection, send
/// GET after GET for a fixed time and read every body to the end. Latency is request start to last body byte.
/// </summary>
internal static class LoadClient
{
    public static async Task<LoadSample> RunAsync(Uri url, int connections, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(() => WorkAsync(client, url, clock, duration))).ToArray();
        var results = await Task.WhenAll(workers);
        return new LoadSample([.. results.SelectMany(r => r.Latencies)], results.Sum(r => r.Errors), clock.Elapsed, results.Sum(r => r.Bytes));
    }

    private static async Task<(List<long> Latencies, int Errors, long Bytes)> WorkAsync(HttpClient client, Uri url, Stopwatch clock, TimeSpan duration)
    {
        var latencies = new List<long>(64 * 1024);
        var errors = 0;
        long bytes = 0;
        var buffer = new byte[64 * 1024];
        while (clock.Elapsed < duration)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                await using var body = await response.Content.ReadAsStreamAsync();
                int read;
                while ((read = await body.ReadAsync(buffer)) > 0)
                {
                    bytes += read;
                }
                if (response.StatusCode != System.Net.HttpStatusCode.OK)
                {
                    errors++;
                    continue;
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                errors++;
                continue;
            }
            latencies.Add(Stopwatch.GetTimestamp() - start);
        }
        return (latencies, errors, bytes);
    }
}
