namespace Coinwire.Articles;

/// <summary>A node of front matter: a <see cref="FrontMatterMapping"/>, <see cref="FrontMatterSequence"/> or <see cref="FrontMatterScalar"/>.</summary>
public abstract class FrontMatterNode
{
    private protected FrontMatterNode()
    {
    }

    /// <summary>A deep copy of this node (scalars are immutable and returned as they are).</summary>
    public abstract FrontMatterNode DeepClone();

    /// <summary>
    /// True when both nodes denote the same data as JavaScript sees it: same keys in the same order, same items,
    /// equal scalars (ints and floats are both numbers, so <c>1</c> equals <c>1.0</c>).
    /// </summary>
    public static bool DeepEquals(FrontMatterNode? left, FrontMatterNode? right) => (left, right) switch
    {
        (null, null) => true,
        (FrontMatterScalar a, FrontMatterScalar b) => a.Equals(b),
        (FrontMatterSequence a, FrontMatterSequence b) =>
            a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(p => DeepEquals(p.First, p.Second)),
        (FrontMatterMapping a, FrontMatterMapping b) =>
            a.Count == b.Count && a.Zip(b).All(p => p.First.Key == p.Second.Key && DeepEquals(p.First.Value, p.Second.Value)),
        _ => false,
    };
}
