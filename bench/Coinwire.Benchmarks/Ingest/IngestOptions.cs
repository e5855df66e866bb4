using System.Globalization;

namespace Coinwire.Benchmarks.Ingest;

/// <summary>Command line of the ingest benchmark.</summary>
internal sealed record IngestOptions
{
    public const string Usage = "usage: ingest [--postgres] [--items N] [--warmup N] [--workers N] [--no-cluster] [--store-only]";

    /// <summary>Items in the measured pass (rounded up to whole copies of the corpus).</summary>
    public int Items { get; init; } = 20_000;

    /// <summary>Also run on a throwaway PostgreSQL cluster.</summary>
    public bool Postgres { get; init; }

    /// <summary>Source batches prepared at once; one more than the cores keeps both busy while one batch writes.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount + 1;

    /// <summary>
    /// Items in each untimed warm-up pass (into its own store). After one pass of one corpus copy, the JIT still
    /// compiled ~18 % of the measured pass's CPU (tier-0 methods reach their call counts only in the next pass);
    /// two passes of 5,000 items measure the steady state of a long-running ingest. <c>--warmup 0</c> warms up with
    /// one copy, once (the cold number).
    /// </summary>
    public int Warmup { get; init; } = 5_000;

    /// <summary>Warm-up passes: two, or one with <c>--warmup 0</c>.</summary>
    public int WarmupRounds => Warmup == 0 ? 1 : 2;

    /// <summary>
    /// Prepare every source batch (parse, normalize, rows) before the timer starts and time only the writer: the store's
    /// cost without the workers competing for the cores.
    /// </summary>
    public bool StoreOnly { get; init; }

    /// <summary>Run the cluster stage after ingest.</summary>
    public bool Cluster { get; init; } = true;

    /// <summary>The options, or null on a usage error.</summary>
    public static IngestOptions? Parse(string[] args)
    {
        var o = new IngestOptions();
        for (var i = 0; i < args.Length; i++)
        {
            o = args[i] switch
            {
                "--postgres" => o with { Postgres = true },
                "--no-cluster" => o with { Cluster = false },
                "--store-only" => o with { StoreOnly = true },
                "--items" when i + 1 < args.Length => o with { Items = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--warmup" when i + 1 < args.Length => o with { Warmup = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--workers" when i + 1 < args.Length => o with { Workers = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => null,
            };
            if (o is null)
            {
                return null;
            }
        }
        return o;
    }
}
