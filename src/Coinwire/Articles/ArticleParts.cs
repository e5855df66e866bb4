using Coinwire.Sources;
namespace Coinwire.Articles;

/// <summary>The <c>source</c> mapping of an article.</summary>
public sealed class ArticleSource : FrontMatterView
{
    internal ArticleSource((Func<FrontMatterMapping?> Read, Func<FrontMatterMapping> Ensure) binding)
        : base(binding.Read, binding.Ensure)
    {
    }

    /// <summary>The contract's keys, in order.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["name", "key", "type"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> KnownKeys => Keys;

    /// <summary><c>name</c>, e.g. <c>Bloomberg (Crypto)</c>.</summary>
    public string? Name { get => GetString("name"); set => SetString("name", value); }

    /// <summary><c>key</c>: <see cref="SourceKey.From"/> of the name.</summary>
    public string? Key { get => GetString("key"); set => SetString("key", value); }

    /// <summary><c>type</c>; null when absent or unknown.</summary>
    public ArticleSourceType? Type
    {
        get => ArticleEnumNames.ParseSourceType(GetString("type"));
        set => SetString("type", value is null ? null : ArticleEnumNames.ToName(value.Value));
    }
}

/// <summary>The <c>coverImage</c> mapping of an article.</summary>
public sealed class ArticleCoverImage : FrontMatterView
{
    internal ArticleCoverImage((Func<FrontMatterMapping?> Read, Func<FrontMatterMapping> Ensure) binding)
        : base(binding.Read, binding.Ensure)
    {
        Credit = new ArticleCredit(Child("credit"));
    }

    /// <summary>The contract's keys, in order (the last three optional).</summary>
    public static IReadOnlyList<string> Keys { get; } = ["raw", "full", "regular", "small", "thumb", "small_s3", "alt", "credit", "provider"];

    /// <summary>The keys every cover image has.</summary>
    public static IReadOnlyList<string> RequiredKeys { get; } = ["raw", "full", "regular", "small", "thumb", "small_s3"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> KnownKeys => Keys;

    /// <summary><c>raw</c> URL.</summary>
    public string? Raw { get => GetString("raw"); set => SetString("raw", value); }

    /// <summary><c>full</c> URL.</summary>
    public string? Full { get => GetString("full"); set => SetString("full", value); }

    /// <summary><c>regular</c> URL (1080 wide).</summary>
    public string? Regular { get => GetString("regular"); set => SetString("regular", value); }

    /// <summary><c>small</c> URL (400 wide).</summary>
    public string? Small { get => GetString("small"); set => SetString("small", value); }

    /// <summary><c>thumb</c> URL (200 wide).</summary>
    public string? Thumb { get => GetString("thumb"); set => SetString("thumb", value); }

    /// <summary><c>small_s3</c> URL.</summary>
    public string? SmallS3 { get => GetString("small_s3"); set => SetString("small_s3", value); }

    /// <summary>Optional <c>alt</c> text.</summary>
    public string? Alt { get => GetString("alt"); set => SetString("alt", value); }

    /// <summary>Optional <c>credit</c>: photographer name and URL.</summary>
    public ArticleCredit Credit { get; }

    /// <summary>Optional <c>provider</c>, e.g. <c>unsplash</c>.</summary>
    public string? Provider { get => GetString("provider"); set => SetString("provider", value); }
}

/// <summary>The <c>coverImage.credit</c> mapping.</summary>
public sealed class ArticleCredit : FrontMatterView
{
    internal ArticleCredit((Func<FrontMatterMapping?> Read, Func<FrontMatterMapping> Ensure) binding)
        : base(binding.Read, binding.Ensure)
    {
    }

    /// <summary>The contract's keys, in order.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["name", "url"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> KnownKeys => Keys;

    /// <summary><c>name</c> of the photographer.</summary>
    public string? Name { get => GetString("name"); set => SetString("name", value); }

    /// <summary><c>url</c> of the photographer's page.</summary>
    public string? Url { get => GetString("url"); set => SetString("url", value); }
}

/// <summary>The <c>ai</c> mapping of an article.</summary>
public sealed class ArticleAi : FrontMatterView
{
    internal ArticleAi((Func<FrontMatterMapping?> Read, Func<FrontMatterMapping> Ensure) binding)
        : base(binding.Read, binding.Ensure)
    {
    }

    /// <summary>The contract's keys, in order (the last three optional).</summary>
    public static IReadOnlyList<string> Keys { get; } = ["rewritten", "expandedAt", "version", "model", "promptVersion", "grounded"];

    /// <summary>The keys every <c>ai</c> mapping has.</summary>
    public static IReadOnlyList<string> RequiredKeys { get; } = ["rewritten", "expandedAt", "version"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> KnownKeys => Keys;

    /// <summary><c>rewritten</c>: whether a model or the extractive rewriter produced the text.</summary>
    public bool? Rewritten { get => GetBool("rewritten"); set => SetBool("rewritten", value); }

    /// <summary><c>expandedAt</c> (UTC).</summary>
    public DateTime? ExpandedAt { get => GetTimestamp("expandedAt"); set => SetTimestamp("expandedAt", value); }

    /// <summary><c>version</c> of the rewrite format.</summary>
    public int? Version { get => GetInt("version"); set => SetInt("version", value); }

    /// <summary>Optional <c>model</c> name.</summary>
    public string? Model { get => GetString("model"); set => SetString("model", value); }

    /// <summary>Optional <c>promptVersion</c> (a number in the file reads as its text).</summary>
    public string? PromptVersion { get => GetString("promptVersion"); set => SetString("promptVersion", value); }

    /// <summary>Optional <c>grounded</c>: whether the grounding check passed.</summary>
    public bool? Grounded { get => GetBool("grounded"); set => SetBool("grounded", value); }
}
