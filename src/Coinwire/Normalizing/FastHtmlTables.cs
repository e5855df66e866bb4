namespace Coinwire.Normalizing;

/// <summary>
/// Where table tags may start for <see cref="FastHtmlSanitizer"/>: the strict structure table → caption | section → row →
/// cell, where the tree builder neither moves content out of the table nor ignores a tag. A row written straight into a
/// table gets the <c>tbody</c> the tree builder adds.
/// </summary>
internal static class FastHtmlTables
{
    private const FastTag TableParts = FastTag.TableSection | FastTag.TableRow | FastTag.TableCell;

    /// <summary>
    /// True when element <paramref name="name"/> of <paramref name="kind"/> may start in the current node
    /// <paramref name="parent"/> of <paramref name="parentKind"/>; <paramref name="impliedBody"/> when a <c>tbody</c>
    /// must be opened first. Column groups and columns are unwrapped and removed, leaving only their whitespace.
    /// </summary>
    public static bool Fits(string name, FastTag kind, string? parent, FastTag parentKind, out bool impliedBody)
    {
        impliedBody = false;
        if (!parentKind.Is(FastTag.TableBox))
        {
            return (kind & TableParts) == 0 && name is not ("colgroup" or "col");
        }
        if (parent == "colgroup")
        {
            return name == "col";
        }
        if (parentKind.Is(FastTag.TableRow))
        {
            return name is "td" or "th";
        }
        if (parentKind.Is(FastTag.TableSection))
        {
            return name == "tr";
        }
        impliedBody = name == "tr";
        return impliedBody || kind.Is(FastTag.TableSection) || name is "caption" or "colgroup" or "col";
    }
}
