namespace Coinwire.Articles;

/// <summary>How bad a finding of <see cref="ArticleValidator"/> is.</summary>
public enum FindingSeverity
{
    /// <summary>The file breaks the article contract.</summary>
    Error,

    /// <summary>The file is readable but suspicious (mojibake, unknown keys, style drift).</summary>
    Warning,
}

/// <summary>One problem found in an article file.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Field">Where: a front-matter path such as <c>source.key</c>, or <c>body</c> or <c>file</c>.</param>
/// <param name="Message">What is wrong, one line.</param>
public sealed record ValidationFinding(FindingSeverity Severity, string Field, string Message)
{
    /// <summary>As <c>error source.key: …</c>.</summary>
    public override string ToString() => $"{(Severity == FindingSeverity.Error ? "error" : "warning")} {Field}: {Message}";
}
