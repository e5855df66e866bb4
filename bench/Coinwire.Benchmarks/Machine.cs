namespace Coinwire.Benchmarks;

/// <summary>What the console benchmarks print about the machine, so a reader can judge how loaded it was.</summary>
internal static class Machine
{
    /// <summary>The 1, 5 and 15 minute load averages, or "n/a" off Linux.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
