namespace Coinwire.App.Web;

/// <summary>
/// Answers HEAD like GET without a body: the request is routed (and output-cached) as a GET, the headers, status and
/// <c>Content-Length</c> stay, and the body is discarded. Runs before routing so every GET route answers HEAD.
/// </summary>
public sealed class HeadMiddleware(RequestDelegate next)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        context.Request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }
}
