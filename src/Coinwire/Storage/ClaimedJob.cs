namespace Coinwire.Storage;

/// <summary>A job a worker holds a lease on.</summary>
/// <param name="Id">Job id.</param>
/// <param name="Stage">Stage name.</param>
/// <param name="SubjectId">Item or story id.</param>
/// <param name="Attempts">Attempts including this one.</param>
public sealed record ClaimedJob(long Id, string Stage, long SubjectId, int Attempts);

/// <summary>Queue counts by state, as <c>coinwire stats</c> shows them.</summary>
/// <param name="Pending">Waiting.</param>
/// <param name="Running">Leased.</param>
/// <param name="Failed">Given up.</param>
/// <param name="Done">Finished.</param>
public sealed record JobCounts(int Pending, int Running, int Failed, int Done);
