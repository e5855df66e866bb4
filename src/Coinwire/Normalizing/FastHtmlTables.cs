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
    /// True when element <paramref name="name"/> of <paramref name="kind"/> may start in a current node of
    /// <paramref name="parentKind"/>; <paramref name="impliedBody"/> when a <c>tbody</c> must be opened first.
    /// </summary>
    public static bool Fits(string name, FastTag kind, FastTag parentKind, out bool impliedBody)
    {
        impliedBody = false;
        if (!parentKind.HasFlag(FastTag.TableBox))
        {
            return (kind & TableParts) == 0;
        }
        if (parentKind.HasFlag(FastTag.TableRow))
        {
            return name is "td" or "th";
        }
        if (parentKind.HasFlag(FastTag.TableSection))
        {
            return name == "tr";
        }
        impliedBody = name == "tr";
        return impliedBody || kind.HasFlag(FastTag.TableSection) || name == "caption";
    }
}
