using BenchmarkDotNet.Running;
using Coinwire.Benchmarks.Ingest;
using Coinwire.Benchmarks.Web;

if (args is ["ingest", .. var rest])
{
    return await IngestBench.RunAsync(rest);
}
if (args is ["web", .. var webArgs])
{
    return await WebBench.RunAsync(webArgs);
}
BenchmarkSwitcher.FromAssembly(typeof(IngestBench).Assembly).Run(args);
return 0;
