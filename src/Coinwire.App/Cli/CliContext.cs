namespace Coinwire.App.Cli;

/// <summary>The streams a command talks to; the console in production, buffers in tests.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="In">Standard input.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, TextReader In)
{
    /// <summary>The process console, with UTF-8 output and LF line endings.</summary>
    public static CliContext FromConsole()
    {
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = true, NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true, NewLine = "\n" };
        var stdin = new StreamReader(Console.OpenStandardInput(), utf8);
        return new CliContext(stdout, stderr, stdin);
    }
}
