using Coinwire.Normalizing;
using Coinwire.Tests.Parsing;

namespace Coinwire.Tests.Normalizing;

/// <summary>Every item body with markup in the feed corpus (content and summary), mojibake repaired as the normalizer does.</summary>
internal static class CorpusHtmlBodies
{
    private static readonly Lazy<List<(string File, string Body, Uri? Base)>> Bodies = new(() =>
    {
        var bodies = new List<(string, string, Uri?)>();
        foreach (var (file, feed) in Corpus.Feeds())
        {
            foreach (var item in feed.Items)
            {
                foreach (var raw in new[] { item.Content, item.Summary })
                {
                    if (!string.IsNullOrWhiteSpace(raw) && raw.Contains('<', StringComparison.Ordinal))
                    {
                        bodies.Add((file, Mojibake.Repair(raw), item.BaseUri));
                    }
                }
            }
        }
        return bodies;
    });

    /// <summary>The bodies with their file and base URI.</summary>
    public static List<(string File, string Body, Uri? Base)> All => Bodies.Value;
}
