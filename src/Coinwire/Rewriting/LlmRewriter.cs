using Microsoft.Extensions.AI;

namespace Coinwire.Rewriting;

/// <summary>
/// Rewrites through an <see cref="IChatClient"/> with a versioned prompt and a JSON schema, the story passed as
/// delimited data. Answers that ignore the schema are read by <see cref="MarkdownSectionsParser"/>; when the answer
/// cannot be read twice, the model times out or fails, or the day's token budget is spent, the extractive rewrite
/// stands in with <see cref="RewriteResult.FallbackReason"/> saying why. Every model text passes the
/// <see cref="GroundingGuard"/>; results are cached by (prompt version, model, story). Thread-safe.
/// </summary>
public sealed class LlmRewriter : IRewriter, IDisposable
{
    private const string Retry = "Your answer did not match the required JSON schema. Answer again with only the JSON object "
        + "with the keys overview, whatHappened, fromAuthor and impact.";

    private readonly IChatClient _client;
    private readonly LlmOptions _options;
    private readonly ExtractiveRewriter _extractive;
    private readonly GroundingGuard _guard;
    private readonly RewriteCache? _cache;
    private readonly TokenBudget _budget;
    private readonly PromptTemplate _prompt;
    private readonly SemaphoreSlim _gate;

    /// <summary>A rewriter over <paramref name="client"/>; the optional parts default to a fresh extractive rewriter,
    /// the default guard, no cache, an in-memory budget of <see cref="LlmOptions.DailyTokenBudget"/> and the default prompt.</summary>
    public LlmRewriter(IChatClient client, LlmOptions options, ExtractiveRewriter? extractive = null, GroundingGuard? guard = null,
        RewriteCache? cache = null, TokenBudget? budget = null, PromptTemplate? prompt = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options;
        _guard = guard ?? GroundingGuard.Default;
        _extractive = extractive ?? new ExtractiveRewriter(_guard);
        _cache = cache;
        _budget = budget ?? new TokenBudget(options.DailyTokenBudget);
        _prompt = prompt ?? PromptTemplate.Load();
        _gate = new SemaphoreSlim(Math.Max(1, options.MaxConcurrency));
    }

    /// <summary>The prompt in use.</summary>
    public PromptTemplate Prompt => _prompt;

    /// <inheritdoc/>
    public async Task<RewriteResult> RewriteAsync(RewriteInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var model = _options.Model ?? "";
        var key = RewriteCache.Key(_prompt.Version, model, PromptTemplate.StoryJson(input));
        if (_cache?.TryGet(key) is { } cached)
        {
            return cached with { Tokens = 0 };
        }
        List<ChatMessage> messages =
        [
            new(ChatRole.System, _prompt.SystemPrompt),
            new(ChatRole.User, _prompt.RenderUser(input)),
        ];
        var estimate = messages.Sum(m => m.Text.Length) / 4;
        if (!_budget.CanSpend(estimate))
        {
            return Fallback(input, "daily token budget exhausted", 0);
        }

        await _gate.WaitAsync(cancellationToken);
        long tokens = 0;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        try
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                if (attempt > 0 && !_budget.CanSpend(estimate))
                {
                    return Fallback(input, "daily token budget exhausted", tokens);
                }
                var response = await _client.GetResponseAsync(messages, ChatOptions(), deadline.Token);
                var used = response.Usage?.TotalTokenCount
                    ?? ((response.Usage?.InputTokenCount ?? estimate) + (response.Usage?.OutputTokenCount ?? (response.Text.Length / 4)));
                tokens += used;
                Observability.CoinwireTelemetry.RecordLlmUsage(model, response.Usage?.InputTokenCount ?? estimate, response.Usage?.OutputTokenCount ?? (response.Text.Length / 4));
                _budget.Record(used);
                var sections = RewriteJson.TryParse(response.Text) ?? MarkdownSectionsParser.TryParse(response.Text);
                if (sections is not null)
                {
                    var result = Grounded(sections, input, tokens);
                    _cache?.Set(key, result);
                    return result;
                }
                messages.Add(new ChatMessage(ChatRole.Assistant, response.Text));
                messages.Add(new ChatMessage(ChatRole.User, Retry));
            }
            return Fallback(input, "model output did not match the schema twice", tokens);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (deadline.IsCancellationRequested || e is OperationCanceledException || e.InnerException is TimeoutException)
        {
            return Fallback(input, $"model did not answer within {_options.Timeout.TotalSeconds:0.#} s", tokens);
        }
        catch (Exception e)
        {
            return Fallback(input, "model request failed: " + FirstLine(e.Message), tokens);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _gate.Dispose();
    }

    private ChatOptions ChatOptions() => new()
    {
        ModelId = _options.Model,
        Temperature = 0.2f,
        MaxOutputTokens = _options.MaxOutputTokens,
        ResponseFormat = ChatResponseFormat.ForJsonSchema(RewriteJson.Schema, RewriteJson.SchemaName, "The four sections of a news article."),
    };

    private RewriteResult Grounded(RewriteSections sections, RewriteInput input, long tokens)
    {
        var result = new RewriteResult
        {
            Overview = string.Join(' ', sections.Overview.Split("\n\n", StringSplitOptions.TrimEntries)),
            WhatHappened = sections.WhatHappened,
            FromAuthor = sections.FromAuthor,
            Impact = sections.Impact,
            Model = _options.Model,
            PromptVersion = _prompt.Version,
            Tokens = tokens,
        };
        var claims = _guard.Check(result.AllText(), input.GroundingTexts(), input.Coins.SelectMany(c => new[] { c.Ticker, c.Name }));
        return result with { Grounded = claims.Count == 0, DraftReasons = claims.Select(c => c.ToString()).ToList() };
    }

    private RewriteResult Fallback(RewriteInput input, string reason, long tokens) =>
        _extractive.Rewrite(input) with { FallbackReason = reason, Tokens = tokens };

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 200 ? line[..200] : line;
    }
}
