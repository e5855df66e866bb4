using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Coinwire.App.Web;

/// <summary>Where a started app listens (port 0 binds a free port, known only after start).</summary>
public static class ServerAddress
{
    /// <summary>The first address the started server is bound to, with <c>localhost</c> and wildcards replaced by 127.0.0.1.</summary>
    public static Uri Of(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault() ?? throw new InvalidOperationException("the server is not listening (not started?)");
        var uri = new UriBuilder(first);
        if (uri.Host is "localhost" or "0.0.0.0" or "[::]" or "+" or "*")
        {
            uri.Host = "127.0.0.1";
        }
        return uri.Uri;
    }
}
