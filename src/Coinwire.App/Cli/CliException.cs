namespace Coinwire.App.Cli;

/// <summary>A user-facing failure: printed as one line on stderr, never with a stack trace.</summary>
/// <param name="message">What went wrong, in one line.</param>
/// <param name="exitCode">1 for bad input or a failed check, 2 for bad usage.</param>
public sealed class CliException(string message, int exitCode = ExitCodes.BadInput) : Exception(message)
{
    /// <summary>The process exit code for this failure.</summary>
    public int ExitCode { get; } = exitCode;
}

/// <summary>Exit codes shared by every command.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Bad input or a failed check.</summary>
    public const int BadInput = 1;

    /// <summary>Bad usage (unknown command or option, missing argument).</summary>
    public const int Usage = 2;
}
