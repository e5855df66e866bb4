using System.Globalization;
using System.Net;
using System.Security;
using System.Text;
using Coinwire.Benchmarks.Ingest;
using Coinwire.Normalizing;
using Coinwire.Parsing;

namespace Coinwire.Benchmarks.Workers;

/// <summary>
/// The replicated corpus of the ingest benchmark (<see cref="IngestCorpus"/>) as RSS feeds: every source batch becomes
/// a source of its own, served over HTTP from three loopback hosts (127.0.0.1–3) so that workers can split the hosts.
/// </summary>
internal sealed class BenchFeeds : IDisposable
{
    private readonly List<HttpListener> listeners = [];
    private readonly Dictionary<string, byte[]> feeds = new(StringComparer.Ordinal);
    private long requests;

    /// <summary>Item rows the store should end with (distinct ids per source; exact cross-source duplicates included).</summary>
    public int ItemRows { get; private set; }

    /// <summary>The sources file listing every feed.</summary>
    public string SourcesYaml { get; private set; } = "";

    /// <summary>Feed requests served so far.</summary>
    public long Requests => Interlocked.Read(ref requests);

    public static BenchFeeds Start(int targetItems)
    {
        var corpus = IngestCorpus.LoadFeeds();
        var perCopy = corpus.Sum(f => FeedParser.Parse(f.Bytes).Items.Count);
        var served = new BenchFeeds();
        var hosts = new[] { "127.0.0.1", "127.0.0.2", "127.0.0.3" }.Select(served.Listen).ToList();
        var yaml = new StringBuilder("sources:\n");
        var now = DateTimeOffset.UtcNow;
        foreach (var (batch, n) in IngestCorpus.Plan(corpus, perCopy, targetItems).Select((b, n) => (b, n)))
        {
            var items = FeedParser.Parse(batch.Bytes).Items.Select(i => FeedItemNormalizer.Normalize(i, now))
                .Select((item, i) => IngestCorpus.Rewrite(item, batch.Replica, i)).DistinctBy(i => i.Id, StringComparer.Ordinal).ToList();
            served.ItemRows += items.Count;
            var path = $"/{n}.xml";
            served.feeds[path] = Encoding.UTF8.GetBytes(Rss(items));
            yaml.Append(CultureInfo.InvariantCulture, $"  - name: Bench {n}\n    url: {hosts[n % hosts.Count]}{n}.xml\n");
        }
        served.SourcesYaml = yaml.ToString();
        return served;
    }

    private string Listen(string address)
    {
        for (var attempt = 0; ; attempt++)
        {
            var prefix = $"http://{address}:{Random.Shared.Next(20000, 60000)}/";
            var listener = new HttpListener();
            listener.Prefixes.Add(prefix);
            try
            {
                listener.Start();
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                continue;
            }
            listeners.Add(listener);
            _ = Task.Run(() => ServeAsync(listener));
            return prefix;
        }
    }

    private async Task ServeAsync(HttpListener listener)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            Interlocked.Increment(ref requests);
            using var response = context.Response;
            if (!feeds.TryGetValue(context.Request.Url?.AbsolutePath ?? "", out var body))
            {
                response.StatusCode = 404;
                continue;
            }
            response.ContentType = "application/rss+xml";
            response.ContentLength64 = body.Length;
            await response.OutputStream.WriteAsync(body);
        }
    }

    private static string Rss(IEnumerable<NormalizedFeedItem> items)
    {
        var rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Bench</title><link>https://bench.example/</link><description>d</description>");
        foreach (var i in items)
        {
            rss.Append(CultureInfo.InvariantCulture, $"<item><title>{SecurityElement.Escape(i.Title ?? "")}</title><guid isPermaLink=\"false\">{SecurityElement.Escape(i.Id)}</guid>");
            if (i.Link is not null)
            {
                rss.Append(CultureInfo.InvariantCulture, $"<link>{SecurityElement.Escape(i.Link)}</link>");
            }
            if (i.Published is not null && DateTimeOffset.TryParse(i.Published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published))
            {
                rss.Append(CultureInfo.InvariantCulture, $"<pubDate>{published.ToString("R", CultureInfo.InvariantCulture)}</pubDate>");
            }
            rss.Append(CultureInfo.InvariantCulture, $"<description>{SecurityElement.Escape(i.Summary ?? "")}</description></item>");
        }
        return rss.Append("</channel></rss>").ToString();
    }

    public void Dispose()
    {
        foreach (var l in listeners)
        {
            l.Close();
        }
    }
}
