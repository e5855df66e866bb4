using Coinwire.Parsing;

namespace Coinwire.Tests.Parsing;

public class CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Parse_WholeCorpusAgreesWithFeedparserExceptListedDifferences()
    {
        int files = 0, items = 0, compared = 0, agreed = 0, identical = 0;
        var failures = new List<string>();
        var deliberate = new List<string>();
        foreach (var file in Corpus.Files())
        {
            files++;
            CorpusExceptions.Known.TryGetValue(file, out var known);
            ParsedFeed feed;
            try
            {
                feed = FeedParser.Parse(Corpus.Bytes(file));
            }
            catch (FeedParseException ex)
            {
                var line = $"{file}: rejected ({ex.Error}: {ex.Message})";
                (known.Fields.HasFlag(Field.Rejected) ? deliberate : failures).Add(line);
                continue;
            }
            items += feed.Items.Count;
            var result = CorpusComparison.Compare(feed, Corpus.Expected(file));
            compared += result.Compared;
            agreed += result.Agreed;
            identical += result.Mismatches == Field.None ? 1 : 0;
            var unexpected = result.Mismatches & ~known.Fields;
            if (unexpected != Field.None)
            {
                failures.Add($"{file}: {unexpected}: {string.Join(" | ", result.Details)}");
            }
            else if (result.Mismatches != Field.None)
            {
                deliberate.Add($"{file}: {result.Mismatches} ({known.Reason})");
            }
        }
        output.WriteLine($"files {files}, items {items}, field comparisons {compared}, agreed {agreed} ({100.0 * agreed / Math.Max(compared, 1):F1}%)");
        output.WriteLine($"files agreeing on every compared field: {identical}/{files}");
        output.WriteLine($"deliberate differences ({deliberate.Count}):");
        deliberate.ForEach(output.WriteLine);
        output.WriteLine($"unexpected differences ({failures.Count}):");
        failures.ForEach(output.WriteLine);
        Assert.Empty(failures);
    }
}
