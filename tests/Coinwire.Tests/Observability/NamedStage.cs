using Coinwire.Pipeline;
using Coinwire.Storage;

namespace Coinwire.Tests.Observability;

/// <summary>A stage with a name of the test's own that writes nothing and throws for poisoned subjects.</summary>
internal sealed class NamedStage(string name, params long[] poisoned) : IPipelineStage
{
    public static string UniqueName() => "obs" + Guid.NewGuid().ToString("N")[..12];

    public string Name => name;

    public int Version => 1;

    public Task ProcessAsync(CoinwireDbContext db, IReadOnlyList<ClaimedJob> jobs, CancellationToken ct)
    {
        foreach (var job in jobs)
        {
            if (poisoned.Contains(job.SubjectId))
            {
                throw new InvalidDataException($"poison {job.SubjectId}");
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>Queues this stage for <paramref name="subjects"/>.</summary>
    public async Task EnqueueAsync(StoreFactory store, params long[] subjects)
    {
        await using var db = store.CreateContext();
        await new JobQueue(store).EnqueueAsync(db, name, subjects, ct: TestContext.Current.CancellationToken);
    }
}
