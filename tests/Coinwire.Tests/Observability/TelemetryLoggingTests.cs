using Coinwire.App.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Coinwire.Tests.Observability;

public class TelemetryLoggingTests
{
    private static ServiceProvider Logging(string? format)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:Format"] = format }).Build();
        return new ServiceCollection().AddLogging(b => b.AddCoinwireConsole(config, o => o.SingleLine = true)).BuildServiceProvider();
    }

    [Fact]
    public void FormatJson_UsesTheJsonConsoleFormatterWithScopes()
    {
        using var services = Logging("JSON");

        Assert.Equal(ConsoleFormatterNames.Json, services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
        Assert.True(services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue.IncludeScopes);
    }

    [Fact]
    public void NoFormat_KeepsTheSimpleTextFormatter()
    {
        using var services = Logging(null);

        Assert.Equal(ConsoleFormatterNames.Simple, services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
    }
}
