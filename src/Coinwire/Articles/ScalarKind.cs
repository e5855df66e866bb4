namespace Coinwire.Articles;

/// <summary>The YAML type of a scalar, as js-yaml 3's DEFAULT_SAFE schema resolves it.</summary>
public enum ScalarKind
{
    /// <summary><c>null</c>, <c>~</c> or an empty plain value.</summary>
    Null,

    /// <summary><c>true</c>/<c>false</c> (also <c>True</c>, <c>TRUE</c>, …).</summary>
    Bool,

    /// <summary>An integer (decimal, <c>0x</c>, <c>0b</c>, leading-zero octal, base 60, <c>_</c> separators).</summary>
    Int,

    /// <summary>A float, including <c>.inf</c>, <c>-.inf</c> and <c>.nan</c>.</summary>
    Float,

    /// <summary>An unquoted YAML timestamp (a JavaScript <c>Date</c> in js-yaml).</summary>
    Timestamp,

    /// <summary>A string.</summary>
    String,
}
