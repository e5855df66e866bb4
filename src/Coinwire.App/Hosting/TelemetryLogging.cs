using Microsoft.Extensions.Logging.Console;

namespace Coinwire.App.Hosting;

/// <summary>
/// Console logging in the configured format: <c>Logging:Format=json</c> writes one JSON object a line with scopes
/// (stage, source key, job and subject ids) and UTC timestamps, for log collectors; anything else keeps the
/// single-line text format.
/// </summary>
public static class TelemetryLogging
{
    /// <summary>The configuration key of the format.</summary>
    public const string FormatKey = "Logging:Format";

    /// <summary>Whether <paramref name="configuration"/> asks for JSON logs.</summary>
    public static bool IsJson(IConfiguration configuration) =>
        string.Equals(configuration[FormatKey], "json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds the console logger in the configured format; <paramref name="text"/> configures the text format.</summary>
    public static ILoggingBuilder AddCoinwireConsole(this ILoggingBuilder builder, IConfiguration configuration, Action<SimpleConsoleFormatterOptions> text)
    {
        if (!IsJson(configuration))
        {
            return builder.AddSimpleConsole(text);
        }
        return builder.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
    }
}
