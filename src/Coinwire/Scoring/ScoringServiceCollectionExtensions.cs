using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Coinwire.Scoring;

/// <summary>Registers the scoring stage.</summary>
public static class ScoringServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton <see cref="StoryScorer"/> with <see cref="ScoringOptions"/> bound from the <c>Scoring</c> section of
    /// the registered <c>IConfiguration</c> and validated on first use.
    /// </summary>
    public static IServiceCollection AddScoring(this IServiceCollection services)
    {
        services.AddOptions<ScoringOptions>()
            .BindConfiguration(ScoringOptions.SectionName)
            .Validate(o => o.HalfLife > TimeSpan.Zero, "Scoring:HalfLife must be positive")
            .Validate(o => o.MaxAge > TimeSpan.Zero, "Scoring:MaxAge must be positive")
            .Validate(o => o.MajorSourceWeight > 0, "Scoring:MajorSourceWeight must be positive")
            .Validate(o => o.CoverageSaturation >= 1, "Scoring:CoverageSaturation must be at least 1")
            .Validate(o => o.CoverageMax >= 0 && o.TrustMax >= 0 && o.RecencyMax >= 0 && o.CoinMax >= 0 && o.EventsMax >= 0,
                "Scoring: part maxima must not be negative")
            .Validate(o => o.PinRules.TrueForAll(r => r.MinScore is >= 0 and <= 100 && r.Duration > TimeSpan.Zero && r.StickyWeight >= 0),
                "Scoring:PinRules: MinScore must be 0–100, Duration positive, StickyWeight not negative");
        services.TryAddSingleton(sp => new StoryScorer(sp.GetRequiredService<IOptions<ScoringOptions>>().Value));
        return services;
    }
}
