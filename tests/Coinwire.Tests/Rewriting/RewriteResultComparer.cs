using Coinwire.Rewriting;

namespace Coinwire.Tests.Rewriting;

/// <summary>Compares results by content (records compare lists by reference).</summary>
internal sealed class RewriteResultComparer : IEqualityComparer<RewriteResult>
{
    public static RewriteResultComparer Instance { get; } = new();

    public bool Equals(RewriteResult? x, RewriteResult? y) =>
        x is not null && y is not null && x.ToMarkdownBody() == y.ToMarkdownBody() && x.Model == y.Model
        && x.PromptVersion == y.PromptVersion && x.Grounded == y.Grounded && x.DraftReasons.SequenceEqual(y.DraftReasons)
        && x.FallbackReason == y.FallbackReason;

    public int GetHashCode(RewriteResult obj) => obj.ToMarkdownBody().GetHashCode(StringComparison.Ordinal);
}
