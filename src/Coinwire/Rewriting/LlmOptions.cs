namespace Coinwire.Rewriting;

/// <summary>Settings of the model-backed rewriter, bound from the <c>Llm</c> configuration section.</summary>
public sealed class LlmOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Llm";

    /// <summary>
    /// Base URL of any OpenAI-compatible API, including its version path: <c>https://api.openai.com/v1</c>,
    /// <c>http://localhost:11434/v1</c> (Ollama), <c>http://localhost:8080/v1</c> (llama.cpp server, vLLM).
    /// Empty means no model: the offline extractive rewriter is used.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>The model name sent with each request, e.g. <c>gpt-4o-mini</c> or <c>llama3.1:8b</c>.</summary>
    public string? Model { get; set; }

    /// <summary>API key; local servers usually accept any value, so it may be left empty.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Requests to the model in flight at once (default 2).</summary>
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>Tokens (input plus output) that may be spent per UTC day; 0 means no limit (default 200,000).</summary>
    public long DailyTokenBudget { get; set; } = 200_000;

    /// <summary>Time limit of one rewrite request, retries included (default 90 seconds).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Retries of one HTTP request on 408, 429 and 5xx answers or connection failures (default 3).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Longest output asked of the model, in tokens (default 1,200).</summary>
    public int MaxOutputTokens { get; set; } = 1200;

    /// <summary>Folder of the rewrite cache and the token budget file; empty means no cache and an in-memory budget.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>Whether a model is configured (both <see cref="Endpoint"/> and <see cref="Model"/> set).</summary>
    public bool HasModel => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);
}
