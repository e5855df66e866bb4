namespace Coinwire.Articles;

/// <summary>A YAML sequence (a JavaScript array).</summary>
public sealed class FrontMatterSequence : FrontMatterNode
{
    /// <summary>Creates a sequence holding <paramref name="items"/>.</summary>
    public FrontMatterSequence(params IEnumerable<FrontMatterNode> items)
    {
        Items = [.. items];
    }

    /// <summary>The items, in order; never holds <see langword="null"/>.</summary>
    public IList<FrontMatterNode> Items { get; }

    /// <summary>A sequence of strings.</summary>
    public static FrontMatterSequence OfStrings(IEnumerable<string> values) =>
        new(values.Select(v => (FrontMatterNode)FrontMatterScalar.FromString(v)));

    /// <inheritdoc/>
    public override FrontMatterNode DeepClone() => new FrontMatterSequence(Items.Select(i => i.DeepClone()));
}
