using Microsoft.EntityFrameworkCore;

namespace Coinwire.Storage;

/// <summary>The store on SQLite (embedded, WAL); migrations in <c>Storage/Migrations/Sqlite</c>.</summary>
public sealed class SqliteCoinwireDbContext(DbContextOptions<SqliteCoinwireDbContext> options) : CoinwireDbContext(options);

/// <summary>The store on PostgreSQL (several workers); migrations in <c>Storage/Migrations/Postgres</c>.</summary>
public sealed class PostgresCoinwireDbContext(DbContextOptions<PostgresCoinwireDbContext> options) : CoinwireDbContext(options);
