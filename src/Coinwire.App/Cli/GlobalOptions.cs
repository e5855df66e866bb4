using System.CommandLine;

namespace Coinwire.App.Cli;

/// <summary>
/// Options accepted before or after any subcommand. A fresh set per command tree: an option belongs to one parent,
/// so trees built side by side (tests) must not share instances.
/// </summary>
public sealed class GlobalOptions
{
    /// <summary><c>--data DIR</c>: the SQLite store and files.</summary>
    public Option<string> Data { get; } = new("--data")
    {
        Description = "Folder for the SQLite store and files",
        DefaultValueFactory = _ => "./data",
        Recursive = true,
    };

    /// <summary><c>--sources FILE</c>: the sources list.</summary>
    public Option<string> Sources { get; } = new("--sources")
    {
        Description = "Sources file (YAML)",
        DefaultValueFactory = _ => "sources.yaml",
        Recursive = true,
    };

    /// <summary>A fresh <c>--json</c> flag for a command that offers machine-readable output.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Machine-readable JSON on stdout" };
}
