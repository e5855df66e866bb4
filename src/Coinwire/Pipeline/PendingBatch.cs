namespace Coinwire.Pipeline;

/// <summary>A batch queued at <see cref="SourceBatchWriter"/> and its caller's task.</summary>
internal sealed class PendingBatch(SourceBatch batch)
{
    private readonly TaskCompletionSource<int> result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationToken callerToken;
    private CancellationTokenRegistration registration;

    /// <summary>The batch to store.</summary>
    public SourceBatch Batch { get; } = batch;

    /// <summary>The caller's task: the count of new items.</summary>
    public Task<int> Task => result.Task;

    /// <summary>The group it was taken into (set under the writer's lock); null while queued.</summary>
    public GroupCancellation? Group { get; set; }

    /// <summary>Calls <paramref name="onCancel"/> when the caller cancels <paramref name="ct"/>.</summary>
    public void Watch(CancellationToken ct, Action<PendingBatch> onCancel)
    {
        callerToken = ct;
        registration = ct.Register(() => onCancel(this));
    }

    /// <summary>The caller cancelled while the batch waited: it is dropped.</summary>
    public void Cancel()
    {
        result.TrySetCanceled(callerToken);
        registration.Dispose();
    }

    /// <summary>Stored with <paramref name="newItems"/> new items.</summary>
    public void Complete(int newItems)
    {
        result.TrySetResult(newItems);
        registration.Dispose();
    }

    /// <summary>Not stored: cancelled when <paramref name="groupToken"/> is (every caller gave up), else failed with <paramref name="error"/>.</summary>
    public void Fail(Exception error, CancellationToken groupToken)
    {
        if (groupToken.IsCancellationRequested)
        {
            result.TrySetCanceled(callerToken);
        }
        else
        {
            result.TrySetException(error);
        }
        registration.Dispose();
    }
}

/// <summary>A group's token: cancelled once every caller in the group has cancelled.</summary>
internal sealed class GroupCancellation(int members) : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private int live = members;

    /// <summary>The token the group's transaction runs under.</summary>
    public CancellationToken Token => source.Token;

    /// <summary>One caller cancelled.</summary>
    public void MemberCancelled()
    {
        if (Interlocked.Decrement(ref live) == 0)
        {
            try
            {
                source.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The group finished first.
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => source.Dispose();
}
