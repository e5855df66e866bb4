using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Coinwire.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteCoinwireDbContext</c> build the model without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCoinwireDbContext>
{
    public SqliteCoinwireDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCoinwireDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresCoinwireDbContext</c> build the model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCoinwireDbContext>
{
    public PostgresCoinwireDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCoinwireDbContext>().UseNpgsql("Host=localhost;Database=coinwire_design").Options);
}
