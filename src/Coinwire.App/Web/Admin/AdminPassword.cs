using System.Security.Cryptography;
using System.Text;

namespace Coinwire.App.Web.Admin;

/// <summary>The admin password from <c>Admin:Password</c>, compared as SHA-256 hashes in constant time.</summary>
public sealed class AdminPassword
{
    private readonly byte[]? hash;

    /// <summary>Reads the configured password; blank means admin is disabled.</summary>
    public AdminPassword(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var password = configuration["Admin:Password"];
        hash = string.IsNullOrEmpty(password) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(password));
    }

    /// <summary>True when a password is configured.</summary>
    public bool Enabled => hash is not null;

    /// <summary>True when <paramref name="candidate"/> is the password.</summary>
    public bool Matches(string? candidate) =>
        hash is not null && candidate is not null &&
        CryptographicOperations.FixedTimeEquals(hash, SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));
}
