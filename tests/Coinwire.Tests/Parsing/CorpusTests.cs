using Coinwire.App.Cli;
using Coinwire.Parsing;

namespace Coinwire.Tests.Parsing;

public class CorpusTests(ITestOutputHelper output)
{
    /// <summary>Every corpus file as <c>feed parse --json</c> reports it, built once for the per-field tests.</summary>
    private static readonly Lazy<List<(string File, FeedCommands.FeedFileResult Ours)>> CliOutput = new(() =>
    {
        var now = DateTimeOffset.UtcNow;
        return Corpus.Files().Select(file => (file, FeedCommands.ParseFile(Corpus.Path(file), now))).ToList();
    });

    [Fact]
    public void Parse_WholeCorpusAgreesWithFeedparserExceptListedDifferences()
    {
        var report = new CorpusReport();
        foreach (var file in Corpus.Files())
        {
            ParsedFeed feed;
            try
            {
                feed = FeedParser.Parse(Corpus.Bytes(file));
            }
            catch (FeedParseException ex)
            {
                report.Rejected(file, $"{ex.Error}: {ex.Message}");
                continue;
            }
            report.Items += feed.Items.Count;
            report.Add(file, CorpusComparison.Compare(feed, Corpus.Expected(file)));
        }
        report.Write(output);
        Assert.Empty(report.Failures);
    }

    [Fact]
    public void Parse_WholeCorpusIdsAgreeWithFeedparserExceptListedDifferences() => AssertCliFieldAgrees(Field.Ids);

    [Fact]
    public void Parse_WholeCorpusUpdatedTimesAgreeWithFeedparserExceptListedDifferences() => AssertCliFieldAgrees(Field.Updated);

    [Fact]
    public void Parse_WholeCorpusAuthorsAgreeWithFeedparserExceptListedDifferences() => AssertCliFieldAgrees(Field.Authors);

    [Fact]
    public void Parse_WholeCorpusImagesAreAmongFeedparsersExceptListedDifferences() => AssertCliFieldAgrees(Field.Images);

    [Fact]
    public void Parse_WholeCorpusFeedTitlesAgreeWithFeedparserExceptListedDifferences() => AssertCliFieldAgrees(Field.FeedTitle);

    [Fact]
    public void Parse_WholeCorpusFeedLinksAgreeWithFeedparserExceptListedDifferences() => AssertCliFieldAgrees(Field.FeedLink);

    /// <summary>Compares one field of the command's JSON output with feedparser over the whole corpus.</summary>
    private void AssertCliFieldAgrees(Field field)
    {
        var report = new CorpusReport();
        foreach (var (file, ours) in CliOutput.Value)
        {
            if (ours.Error is not null)
            {
                report.Rejected(file, ours.Error);
                continue;
            }
            report.Items += ours.Items.Count;
            report.Add(file, CorpusFieldComparison.Compare(ours, Corpus.Expected(file), field));
        }
        output.WriteLine($"field {field}");
        report.Write(output);
        Assert.Empty(report.Failures);
    }
}
