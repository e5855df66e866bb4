using Coinwire.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Coinwire.Storage;

/// <summary>
/// The store: one EF Core model for SQLite and PostgreSQL. Each provider has a subclass so that each keeps its own
/// migrations (<see cref="SqliteCoinwireDbContext"/>, <see cref="PostgresCoinwireDbContext"/>).
/// </summary>
public abstract class CoinwireDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Configured sources and their fetch state.</summary>
    public DbSet<SourceRecord> Sources => Set<SourceRecord>();

    /// <summary>Fetch attempts.</summary>
    public DbSet<FetchLogEntry> FetchLog => Set<FetchLogEntry>();

    /// <summary>Stored feed items.</summary>
    public DbSet<ItemRecord> Items => Set<ItemRecord>();

    /// <summary>Stories (clusters of items).</summary>
    public DbSet<StoryRecord> Stories => Set<StoryRecord>();

    /// <summary>Articles.</summary>
    public DbSet<ArticleRecord> Articles => Set<ArticleRecord>();

    /// <summary>The work queue.</summary>
    public DbSet<JobRecord> Jobs => Set<JobRecord>();

    /// <summary>Alerts to send and how their delivery went.</summary>
    public DbSet<AlertDeliveryRecord> AlertDeliveries => Set<AlertDeliveryRecord>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC; SQLite hands DateTime back as Unspecified, so the kind is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SourceRecord>(e =>
        {
            e.ToTable("sources");
            e.HasIndex(s => s.Key).IsUnique();
            e.Property(s => s.Key).HasMaxLength(200);
            e.Property(s => s.Type).HasMaxLength(16);
            e.Property(s => s.Lang).HasMaxLength(8);
        });
        modelBuilder.Entity<FetchLogEntry>(e =>
        {
            e.ToTable("fetch_log");
            e.HasIndex(f => new { f.SourceId, f.StartedAt });
            e.HasOne<SourceRecord>().WithMany().HasForeignKey(f => f.SourceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ItemRecord>(e =>
        {
            e.ToTable("items");
            e.HasIndex(i => new { i.SourceId, i.ExternalId }).IsUnique();
            // The cross-source duplicate lookup is by id alone.
            e.HasIndex(i => i.ExternalId);
            e.HasIndex(i => i.Link);
            // No index on ContentHash: no query filters on it (exact duplicates are matched in memory by StoryIndex).
            e.HasIndex(i => i.PublishedAt);
            e.HasIndex(i => i.StoryId);
            e.HasIndex(i => i.DuplicateOfId);
            e.Property(i => i.ExternalId).HasMaxLength(2048);
            e.Property(i => i.ContentHash).HasMaxLength(64);
            e.HasOne<SourceRecord>().WithMany().HasForeignKey(i => i.SourceId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StoryRecord>().WithMany().HasForeignKey(i => i.StoryId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<StoryRecord>(e =>
        {
            e.ToTable("stories");
            e.HasIndex(s => s.FirstPublishedAt);
            // The cluster stage catches up on stories other workers changed since its last batch.
            e.HasIndex(s => s.UpdatedAt);
            e.HasIndex(s => s.Category);
        });
        modelBuilder.Entity<ArticleRecord>(e =>
        {
            e.ToTable("articles");
            e.HasIndex(a => a.Slug).IsUnique();
            e.HasIndex(a => a.StoryId).IsUnique();
            e.HasIndex(a => new { a.Draft, a.StickyWeight, a.PublishedAt });
            e.HasIndex(a => a.Category);
            e.Property(a => a.Slug).HasMaxLength(200);
            e.HasOne<StoryRecord>().WithMany().HasForeignKey(a => a.StoryId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<JobRecord>(e =>
        {
            e.ToTable("jobs");
            // One row per (subject, stage, version): replaying a stage cannot queue it twice.
            e.HasIndex(j => new { j.Stage, j.SubjectId, j.StageVersion }).IsUnique();
            e.HasIndex(j => new { j.Status, j.Stage, j.AvailableAt });
            e.Property(j => j.Stage).HasMaxLength(32);
            e.Property(j => j.Status).HasConversion<int>();
        });
        modelBuilder.Entity<AlertDeliveryRecord>(e =>
        {
            e.ToTable("alert_deliveries");
            // Once per story, rule and channel: a republished story or a replayed job finds the row and sends nothing.
            e.HasIndex(d => new { d.StoryId, d.Rule, d.Channel }).IsUnique();
            e.HasIndex(d => new { d.Status, d.NextAttemptAt });
            e.Property(d => d.Rule).HasMaxLength(100);
            e.Property(d => d.Channel).HasMaxLength(100);
            e.Property(d => d.Status).HasConversion<int>();
            e.HasOne<StoryRecord>().WithMany().HasForeignKey(d => d.StoryId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
