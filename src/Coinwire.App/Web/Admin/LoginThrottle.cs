using System.Collections.Concurrent;

namespace Coinwire.App.Web.Admin;

/// <summary>Admin login lockout: after <see cref="MaxFailures"/> failed attempts a client is refused for <see cref="LockoutTime"/>.</summary>
public sealed class LoginThrottle(TimeProvider time)
{
    /// <summary>Failures allowed before the lockout.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long a lockout lasts.</summary>
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Until)> clients = new();

    /// <summary>True while <paramref name="client"/> is locked out.</summary>
    public bool IsLocked(string client) =>
        clients.TryGetValue(client, out var s) && s.Failures >= MaxFailures && s.Until > time.GetUtcNow();

    /// <summary>Records a failed attempt; the lockout starts at the fifth.</summary>
    public void Fail(string client)
    {
        var now = time.GetUtcNow();
        clients.AddOrUpdate(client, _ => (1, now + LockoutTime), (_, s) =>
        {
            var failures = s.Until <= now ? 1 : s.Failures + 1; // an old streak has expired
            return (failures, now + LockoutTime);
        });
        if (clients.Count > 10_000)
        {
            foreach (var stale in clients.Where(kv => kv.Value.Until <= now).Select(kv => kv.Key).ToList())
            {
                clients.TryRemove(stale, out _);
            }
        }
    }

    /// <summary>Forgets the failures of <paramref name="client"/> after a successful login.</summary>
    public void Succeed(string client) => clients.TryRemove(client, out _);
}
