using Coinwire.Scoring;
using Coinwire.Tagging;

namespace Coinwire.Tests.Scoring;

/// <summary>Builds scoring inputs the way the pipeline does: tagged text, named sources, a fixed clock.</summary>
internal static class ScoringFixtures
{
    public static readonly DateTimeOffset Now = new(2024, 1, 10, 14, 0, 0, TimeSpan.Zero);

    private static readonly string[] MajorKeys = ["coindesk", "cointelegraph", "theblock", "decrypt", "bloomberg_crypto_", "reuters", "wsj"];

    public static ScoringSource[] Major(int count) => MajorKeys[..count].Select(k => new ScoringSource(k, 1.0)).ToArray();

    public static ScoringSource[] Minor => [new("some_blog", 0.3)];

    public static ScoringInput Story(string title, string text, IReadOnlyList<ScoringSource> sources, TimeSpan age) =>
        ScoringInput.FromTags(title, text, sources, CoinTagger.Default.Tag(title, text), Now - age, Now);

    public static ScoreResult Score(string title, string text, IReadOnlyList<ScoringSource> sources, TimeSpan age) =>
        StoryScorer.Default.Score(Story(title, text, sources, age));

    public static int Points(this ScoreResult result, string part) => result.Part(part)?.Points ?? 0;
}
