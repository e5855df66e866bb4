using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.Http;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Coinwire.Rewriting;

/// <summary>Builds the <see cref="IChatClient"/> for an OpenAI-compatible endpoint from <see cref="LlmOptions"/>.</summary>
public static class LlmChatClientFactory
{
    /// <summary>
    /// A chat client for <see cref="LlmOptions.Endpoint"/> and <see cref="LlmOptions.Model"/>, sending through
    /// <see cref="LlmRetryHandler"/> (the SDK's own retries are off so waits are not doubled) over
    /// <paramref name="primaryHandler"/> (default: a new <see cref="SocketsHttpHandler"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">When no endpoint or model is configured.</exception>
    public static IChatClient Create(LlmOptions options, HttpMessageHandler? primaryHandler = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.HasModel || !Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint))
        {
            throw new InvalidOperationException("Llm:Endpoint (an absolute URL) and Llm:Model must be set to use a model.");
        }
        var http = new HttpClient(new LlmRetryHandler(primaryHandler ?? new SocketsHttpHandler(), options.MaxRetries, time))
        {
            // The rewriter's own deadline (Llm:Timeout) covers the request and its retries.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = options.Timeout,
        };
        var key = string.IsNullOrEmpty(options.ApiKey) ? "no-key" : options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions).GetChatClient(options.Model).AsIChatClient();
    }
}
