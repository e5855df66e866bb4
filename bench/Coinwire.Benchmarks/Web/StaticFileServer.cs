using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Coinwire.Benchmarks.Web;

/// <summary>The baseline: a minimal Kestrel app that serves one folder with <c>UseStaticFiles</c> and nothing else.</summary>
internal static class StaticFileServer
{
    public static async Task<WebApplication> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder) });
        await app.StartAsync();
        return app;
    }
}
