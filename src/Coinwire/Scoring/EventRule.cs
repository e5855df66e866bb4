namespace Coinwire.Scoring;

/// <summary>
/// A market-moving event the detector looks for. A phrase is words separated by spaces, matched case-insensitively
/// on word boundaries; a word ending in <c>*</c> is a prefix (at least three letters before it).
/// </summary>
/// <param name="Name">Stable name, used in the breakdown and in <see cref="ScoringOptions.EventPoints"/>.</param>
/// <param name="Points">Points when named in the title.</param>
/// <param name="Group">Rules of one group are alternatives: only the strongest that fires counts.</param>
/// <param name="Triggers">Phrases that name the event.</param>
/// <param name="Requires">When not empty, one of these must also occur (un-negated) in the same sentence as the trigger.</param>
public sealed record EventRule(string Name, double Points, string Group, IReadOnlyList<string> Triggers, IReadOnlyList<string> Requires)
{
    /// <summary>A rule with no co-occurrence requirement.</summary>
    public EventRule(string name, double points, string group, IReadOnlyList<string> triggers)
        : this(name, points, group, triggers, [])
    {
    }
}
