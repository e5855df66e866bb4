using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Coinwire.Rewriting;

/// <summary>Registers the rewriting stage.</summary>
public static class RewritingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="LlmOptions"/> bound from the <c>Llm</c> section, <see cref="GroundingGuard"/>,
    /// <see cref="ExtractiveRewriter"/> and an <see cref="IRewriter"/>: the <see cref="LlmRewriter"/> when
    /// <c>Llm:Endpoint</c> and <c>Llm:Model</c> are set, else the offline extractive rewriter.
    /// </summary>
    public static IServiceCollection AddRewriting(this IServiceCollection services)
    {
        services.AddOptions<LlmOptions>()
            .BindConfiguration(LlmOptions.SectionName)
            .Validate(o => o.Timeout > TimeSpan.Zero, "Llm:Timeout must be positive")
            .Validate(o => o.MaxConcurrency > 0, "Llm:MaxConcurrency must be positive")
            .Validate(o => o.DailyTokenBudget >= 0, "Llm:DailyTokenBudget must not be negative")
            .Validate(o => string.IsNullOrWhiteSpace(o.Endpoint) || Uri.TryCreate(o.Endpoint, UriKind.Absolute, out _),
                "Llm:Endpoint must be an absolute URL");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => GroundingGuard.Default);
        services.TryAddSingleton(sp => new ExtractiveRewriter(sp.GetRequiredService<GroundingGuard>()));
        services.TryAddSingleton<IRewriter>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            var extractive = sp.GetRequiredService<ExtractiveRewriter>();
            if (!options.HasModel)
            {
                return extractive;
            }
            var time = sp.GetRequiredService<TimeProvider>();
            var dir = string.IsNullOrWhiteSpace(options.CacheDirectory) ? null : options.CacheDirectory;
            return new LlmRewriter(
                LlmChatClientFactory.Create(options, time: time),
                options,
                extractive,
                sp.GetRequiredService<GroundingGuard>(),
                dir is null ? null : new RewriteCache(dir),
                new TokenBudget(options.DailyTokenBudget, dir is null ? null : Path.Combine(dir, TokenBudget.FileName), time));
        });
        return services;
    }
}
