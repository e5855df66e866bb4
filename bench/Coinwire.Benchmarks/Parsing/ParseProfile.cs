using System.Diagnostics;
using System.Text;
using Coinwire.Parsing;
using Coinwire.Parsing.Xml;

namespace Coinwire.Benchmarks.Parsing;

/// <summary>
/// Hidden modes for work on the parser: <c>profile-parse [set] [rounds] [ours|floor|three]</c> loops over a corpus set
/// (for <c>perf record</c>) with Coinwire and the floor, one of them, or both and SyndicationFeed, taking turns
/// (<see cref="InterleavedRounds"/>); <c>dump-parse [files…]</c> writes
/// every field of every <see cref="ParsedFeed"/> (warnings, encoding, raw dates, base URIs …), so two builds can be
/// compared byte for byte; <c>profile-parse [set] 1 fallbacks</c> lists the files the fast XML reader leaves to System.Xml;
/// <c>profile-parse [set] [rounds] types</c> samples what a pass allocates, by type.
/// </summary>
public static class ParseProfile
{
    /// <summary>Runs <c>profile-parse</c>.</summary>
    public static int Profile(string[] args)
    {
        var set = args.Length > 0 ? args[0] : "readable";
        var files = set.Contains('/', StringComparison.Ordinal) ? FeedCorpus.All.Where(f => f.Name == set).ToArray() : FeedCorpus.Get(set);
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
        var only = args.Length > 2 ? args[2] : "both";
        if (only == "alloc")
        {
            return Allocations(files);
        }
        if (only == "types")
        {
            return AllocationTypes(files, rounds);
        }
        if (only == "fallbacks")
        {
            return Fallbacks(files);
        }
        if (only == "files")
        {
            // Seconds, not rounds, of warm-up: tiered compilation waits for a quiet spell, and the first files
            // measured after a short warm-up ran at tier 0 (2-8x slower than alone).
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < TimeSpan.FromSeconds(4))
            {
                PerFile(files, 1, print: false);
            }
            return PerFile(files, rounds, print: true);
        }
        (string, Func<CorpusFile, int>) ours = ("ours", Ours), floor = ("floor", file => (int)Competitors.Floor(file));
        (string, Func<CorpusFile, int>) syndication = ("SyndicationFeed", Syndication);
        return InterleavedRounds.Run(files, rounds, only switch
        {
            "ours" => [ours],
            "floor" => [floor],
            "three" => [ours, floor, syndication],
            _ => [ours, floor],
        });
    }

    private static int Ours(CorpusFile file)
    {
        try
        {
            return FeedParser.Parse(file.Bytes).Items.Count;
        }
        catch (FeedParseException)
        {
            return -1;
        }
    }

    private static int Syndication(CorpusFile file)
    {
        try
        {
            return Competitors.Syndication(file.Bytes);
        }
        catch (Exception)
        {
            return -1;
        }
    }

    /// <summary>Lists the files the fast XML reader gives up on (read again with System.Xml) and why.</summary>
    private static int Fallbacks(CorpusFile[] files)
    {
        var count = 0;
        foreach (var file in files)
        {
            var before = XmlFeedReader.Fallbacks;
            try
            {
                FeedParser.Parse(file.Bytes);
            }
            catch (FeedParseException)
            {
            }
            if (XmlFeedReader.Fallbacks != before)
            {
                count++;
                Console.WriteLine($"{file.Name}: {XmlFeedReader.LastFallback}");
            }
        }
        Console.WriteLine($"{count} of {files.Length} files read again with System.Xml");
        return 0;
    }

    private static int PerFile(CorpusFile[] files, int rounds, bool print)
    {
        var rows = new List<(string Name, double Ours, double Floor)>();
        foreach (var file in files)
        {
            double ours = double.MaxValue, floor = double.MaxValue;
            for (var r = 0; r < rounds; r++)
            {
                var sw = Stopwatch.StartNew();
                try
                {
                    FeedParser.Parse(file.Bytes);
                }
                catch (FeedParseException)
                {
                }
                ours = Math.Min(ours, sw.Elapsed.TotalMilliseconds);
                sw.Restart();
                Competitors.Floor(file);
                floor = Math.Min(floor, sw.Elapsed.TotalMilliseconds);
            }
            rows.Add((file.Name, ours, floor));
        }
        if (!print)
        {
            return 0;
        }
        foreach (var (name, ours, floor) in rows.OrderByDescending(r => r.Ours - r.Floor).Take(25))
        {
            var bytes = files.First(f => f.Name == name).Bytes.Length;
            Console.WriteLine($"{ours - floor,8:F3} ms over  {ours,8:F3} / {floor,8:F3} = {ours / floor:F2}  {ours * 1000 / bytes * 1024,6:F2} µs/KB  {name}");
        }
        Console.WriteLine($"sum of minima: ours {rows.Sum(r => r.Ours):F2} ms, floor {rows.Sum(r => r.Floor):F2} ms");
        return 0;
    }

    private static int Allocations(CorpusFile[] files)
    {
        long resultBytes = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var file in files)
        {
            try
            {
                var feed = FeedParser.Parse(file.Bytes);
                // Each string once (a summary repeated as content is one object), with its object header, as the GC counts it.
                var strings = new HashSet<string>(ReferenceEqualityComparer.Instance);
                foreach (var i in feed.Items)
                {
                    string?[] fields = [i.Id, i.Title, i.Link, i.Summary, i.Content, i.Image, i.PublishedRaw, i.UpdatedRaw];
                    strings.UnionWith(fields.Concat(i.Authors).Concat(i.Categories).OfType<string>());
                }
                resultBytes += strings.Sum(x => (22L + (2L * x.Length) + 7) & ~7L);
            }
            catch (FeedParseException)
            {
            }
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"allocated {allocated:N0} bytes; item strings {resultBytes:N0} bytes; input {FeedCorpus.Bytes(files):N0}");
        return 0;
    }

    // Allocation samples by type over `rounds` passes (after one warm-up pass), per pass.
    private static int AllocationTypes(CorpusFile[] files, int rounds)
    {
        using var sampler = new AllocationSampler();
        for (var r = 0; r <= rounds; r++)
        {
            sampler.On = r > 0;
            foreach (var file in files)
            {
                try
                {
                    FeedParser.Parse(file.Bytes);
                }
                catch (FeedParseException)
                {
                }
            }
        }
        sampler.On = false;
        foreach (var (type, bytes) in sampler.ByType.Take(15))
        {
            Console.WriteLine($"{bytes / Math.Max(1, rounds) / 1024,10:N0} KB per pass  {type}");
        }
        return 0;
    }

    /// <summary>Runs <c>dump-parse</c>: every field of every parse result of the given files to stdout.</summary>
    public static int Dump(string[] paths)
    {
        var output = new StringBuilder();
        foreach (var path in paths)
        {
            output.Append("== ").Append(path).Append('\n');
            try
            {
                Write(output, FeedParser.Parse(File.ReadAllBytes(path)));
            }
            catch (FeedParseException ex)
            {
                output.Append("error ").Append(ex.Error).Append(": ").Append(ex.Message).Append('\n');
            }
        }
        using var stdout = Console.OpenStandardOutput();
        stdout.Write(Encoding.UTF8.GetBytes(output.ToString()));
        return 0;
    }

    private static void Write(StringBuilder o, ParsedFeed feed)
    {
        o.Append($"format {feed.Format}\ntitle {feed.Title}\nlink {feed.Link}\nlanguage {feed.Language}\nencoding {feed.Encoding}\n");
        foreach (var warning in feed.Warnings)
        {
            o.Append("warning ").Append(warning).Append('\n');
        }
        foreach (var item in feed.Items)
        {
            o.Append($"- id {item.Id}\n  title[{item.TitleIsHtml}] {item.Title}\n  link {item.Link}\n");
            o.Append($"  published {item.PublishedRaw} = {item.Published:O}\n  updated {item.UpdatedRaw} = {item.Updated:O}\n");
            o.Append($"  authors {string.Join(" | ", item.Authors)}\n  categories {string.Join(" | ", item.Categories)}\n");
            o.Append($"  summary {item.Summary}\n  content {item.Content}\n  image {item.Image}\n  language {item.Language}\n");
            o.Append($"  base {item.BaseUri?.OriginalString} {item.BaseUri?.AbsoluteUri}\n");
            foreach (var e in item.Enclosures)
            {
                o.Append($"  enclosure {e.Url} {e.Type} {e.Length}\n");
            }
        }
    }
}
