using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Coinwire.App.Web;

/// <summary>
/// Strong ETags for successful GET/HEAD responses (a hash of the body) and 304 Not Modified for a matching
/// <c>If-None-Match</c>, or, without one, for an <c>If-Modified-Since</c> not older than the response's <c>Last-Modified</c>.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next)
{
    /// <summary>Responses larger than this are passed through unbuffered.</summary>
    public const int MaxBufferedBytes = 4 * 1024 * 1024;

    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && buffer.Length <= MaxBufferedBytes && !response.Headers.ContainsKey(HeaderNames.ETag))
        {
            var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            var etag = "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"";
            response.Headers.ETag = etag;
            if (NotModified(context.Request, response, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }
        if (buffer.Length > 0)
        {
            response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }

    private static bool NotModified(HttpRequest request, HttpResponse response, string etag)
    {
        var inm = request.Headers.IfNoneMatch;
        if (inm.Count > 0)
        {
            foreach (var value in inm)
            {
                foreach (var tag in (value ?? "").Split(','))
                {
                    var t = tag.Trim();
                    if (t == "*" || t == etag || t == "W/" + etag)
                    {
                        return true;
                    }
                }
            }
            return false;
        }
        if (request.Headers.IfModifiedSince.Count > 0 && response.Headers.LastModified.Count > 0 &&
            DateTimeOffset.TryParse(request.Headers.IfModifiedSince.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since) &&
            DateTimeOffset.TryParse(response.Headers.LastModified.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified))
        {
            return modified <= since;
        }
        return false;
    }
}
