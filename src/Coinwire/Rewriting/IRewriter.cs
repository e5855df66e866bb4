namespace Coinwire.Rewriting;

/// <summary>Rewrites a story into the four sections of the article contract.</summary>
public interface IRewriter
{
    /// <summary>Rewrites <paramref name="input"/>; never throws for model failures (falls back and says why).</summary>
    Task<RewriteResult> RewriteAsync(RewriteInput input, CancellationToken cancellationToken = default);
}
