using System.Text;
using Coinwire.Normalizing;
using Coinwire.Parsing;

namespace Coinwire.Tests.Parsing;

/// <summary>
/// Corpus files damaged at random (bytes flipped, spans cut or repeated, feed and HTML fragments inserted, the end cut
/// off): parsing and normalizing them either works or ends in <see cref="FeedParseException"/>, never another exception.
/// A longer run of the same mutations found hosts that <see cref="Uri.IdnHost"/> refuses with an exception.
/// </summary>
public class MutatedCorpusTests
{
    private static readonly string[] Fragments =
    [
        "<", ">", "&", "&amp;", "&#x0;", "&#99999999;", "&nbsp;", "<![CDATA[", "]]>", "<!--", "-->", "<item>", "</item>",
        "<entry>", "</entry>", "<title>", "</title>", "<?xml version=\"1.0\" encoding=\"koi8-r\"?>", "<!DOCTYPE x [<!ENTITY a \"b\">]>",
        "&a;", "\"", "'", "<a href=\"javascript:x\">", "<script>", "</script>", "<img src=x onerror=y>", "\u0000", "\uFFFE", "\uD800",
        "<svg><g><path/></g>", "<table><tr><td>", "<b><i></b></i>", "<form><input>", "xml:base=\"::\"", " xmlns=\"\" ", "<p>", "{", "}",
        "\"items\":[", "<link>//x</link>", "<link>http://a\uFFFDb.example/</link>",
    ];

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 8));

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task MutatedCorpusFile_ParsesOrIsRejectedWithAFeedParseException(int seed)
    {
        // On a thread of its own with a deadline: a parse that never ends fails the test instead of stalling the run.
        var ct = TestContext.Current.CancellationToken;
        await Task.Run(() => ParseMutations(seed), ct).WaitAsync(TimeSpan.FromMinutes(2), ct);
    }

    private static void ParseMutations(int seed)
    {
        var random = new Random(seed);
        var files = Corpus.Files().ToArray();
        var now = new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);
        for (var run = 0; run < 50; run++)
        {
            var file = files[random.Next(files.Length)];
            var bytes = Mutate(Corpus.Bytes(file), random);
            try
            {
                foreach (var item in FeedParser.Parse(bytes).Items)
                {
                    FeedItemNormalizer.Normalize(item, now);
                }
            }
            catch (FeedParseException)
            {
            }
            catch (Exception e)
            {
                Assert.Fail($"{file} (seed {seed}, run {run}): {e}");
            }
        }
    }

    internal static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = original.ToList();
        for (var m = random.Next(1, 8); m > 0 && bytes.Count > 0; m--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 200), bytes.Count - at));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                case 3:
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, Math.Min(random.Next(1, 500), bytes.Count - at)));
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    var fragment = Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]);
                    for (var k = random.Next(1, 50); k > 0; k--)
                    {
                        bytes.InsertRange(at, fragment);
                    }
                    break;
            }
        }
        return [.. bytes];
    }
}
