using System.CommandLine;
using Coinwire.App.Hosting;

namespace Coinwire.App.Cli;

/// <summary><c>coinwire run [--port N] [--demo]</c>: the web host in one process.</summary>
public static class RunCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliContext io, GlobalOptions g)
    {
        var port = new Option<int>("--port") { Description = "HTTP port on localhost", DefaultValueFactory = _ => 5080 };
        var demo = new Option<bool>("--demo") { Description = "Also load the bundled sample content (works offline)" };
        var command = new Command("run", "Web site, API and workers in one process") { port, demo };
        command.SetAction(async (parse, ct) =>
        {
            var portValue = parse.GetValue(port);
            if (portValue is < 1 or > 65535)
            {
                throw new CliException($"--port must be between 1 and 65535, got {portValue}", ExitCodes.Usage);
            }
            var options = new WebHostOptions(parse.GetValue(g.Data)!, portValue, parse.GetValue(demo), parse.GetValue(g.Sources));
            await WebHost.RunAsync(options, io, ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
