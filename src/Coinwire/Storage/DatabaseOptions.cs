namespace Coinwire.Storage;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for SQLite the default is a file <c>coinwire.db</c> under the data folder.</summary>
    public string? ConnectionString { get; set; }
}

/// <summary>Supported stores.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded SQLite file.</summary>
    Sqlite,

    /// <summary>PostgreSQL server.</summary>
    Postgres,
}
