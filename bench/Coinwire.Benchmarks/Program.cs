using BenchmarkDotNet.Running;
using Coinwire.Benchmarks.Ingest;
using Coinwire.Benchmarks.Parsing;
using Coinwire.Benchmarks.Web;
using Coinwire.Benchmarks.Workers;

if (args is ["ingest", .. var rest])
{
    return await IngestBench.RunAsync(rest);
}
if (args is ["web", .. var webArgs])
{
    return await WebBench.RunAsync(webArgs);
}
if (args is ["workers", .. var workerArgs])
{
    return await WorkersBench.RunAsync(workerArgs);
}
if (args is ["profile-parse", .. var profileArgs])
{
    return ParseProfile.Profile(profileArgs);
}
if (args is ["dump-parse", .. var dumpArgs])
{
    return ParseProfile.Dump(dumpArgs);
}
BenchmarkSwitcher.FromAssembly(typeof(IngestBench).Assembly).Run(args);
return 0;
