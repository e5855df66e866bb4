using System.Globalization;
using System.Security;
using System.Text;
using Coinwire.Tests.Clustering;

namespace Coinwire.Tests.Pipeline;

/// <summary>
/// Many distinct items from the corpus: copy <c>r</c> of every crypto corpus feed is a source of its own, whose items
/// keep their titles and texts (so copies of one story from different sources cluster together) but get new guids
/// and links. Sources are spread over several loopback hosts, written as RSS 2.0, and listed in a sources file.
/// </summary>
internal static class GeneratedFeeds
{
    /// <summary>Serves <paramref name="copies"/> copies of the corpus over <paramref name="servers"/>; returns the sources file text and every item guid.</summary>
    public static (string SourcesYaml, HashSet<string> Guids) Serve(IReadOnlyList<FeedServer> servers, int copies)
    {
        var files = Directory.GetFiles(CorpusFeeds.PathOf("crypto"), "*.xml").Order(StringComparer.Ordinal).Select(f => "crypto/" + Path.GetFileName(f)).ToList();
        var yaml = new StringBuilder("sources:\n");
        var guids = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < copies; r++)
        {
            foreach (var (file, f) in files.Select((file, f) => (file, f)))
            {
                var items = CorpusFeeds.Read(file).Where(i => i.Title.Length > 0 && i.Published.Year > 2000).DistinctBy(i => i.Id).ToList();
                var rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Copy</title><link>https://example.com/</link><description>d</description>");
                foreach (var (item, i) in items.Select((item, i) => (item, i)))
                {
                    var guid = $"urn:coinwire-test:{r}:{f}:{i}";
                    guids.Add(guid);
                    rss.Append(CultureInfo.InvariantCulture, $"<item><title>{Escape(item.Title)}</title><link>https://copy{r}.example/{f}/{i}</link><guid isPermaLink=\"false\">{guid}</guid>")
                        .Append(CultureInfo.InvariantCulture, $"<pubDate>{item.Published.ToString("R", CultureInfo.InvariantCulture)}</pubDate><description>{Escape(item.Lead)}</description></item>");
                }
                rss.Append("</channel></rss>");
                var url = servers[(f + r) % servers.Count].Serve($"/{r}/{f}.xml", Encoding.UTF8.GetBytes(rss.ToString()));
                yaml.Append(CultureInfo.InvariantCulture, $"  - name: Copy {r} feed {f}\n    url: {url}\n");
            }
        }
        return (yaml.ToString(), guids);
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
