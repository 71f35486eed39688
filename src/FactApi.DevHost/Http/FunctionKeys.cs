using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Functions.Worker;

namespace FactApi.DevHost.Http;

/// <summary>
/// The keys the Functions host checks for non-anonymous routes: function keys (<c>FactApi:FunctionKeys:&lt;name&gt;</c>)
/// open Function-level routes, the admin key (<c>FactApi:AdminKey</c>) opens every route. Compared in constant time.
/// </summary>
public sealed class FunctionKeys
{
    private readonly byte[][] functionKeys;
    private readonly byte[]? adminKey;

    public FunctionKeys(IConfiguration configuration)
    {
        Required = configuration.GetValue<bool>("FactApi:RequireKeys");
        functionKeys = configuration.GetSection("FactApi:FunctionKeys").GetChildren()
            .Select(k => k.Value).OfType<string>().Where(v => v.Length > 0).Select(Digest).ToArray();
        adminKey = configuration["FactApi:AdminKey"] is { Length: > 0 } admin ? Digest(admin) : null;
    }

    public bool Required { get; }

    public bool Allows(AuthorizationLevel level, string? presented)
    {
        if (level == AuthorizationLevel.Anonymous || !Required)
        {
            return true;
        }

        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var digest = Digest(presented);
        var isAdmin = adminKey is not null && CryptographicOperations.FixedTimeEquals(digest, adminKey);
        var isFunction = functionKeys.Aggregate(false, (found, key) => CryptographicOperations.FixedTimeEquals(digest, key) | found);
        return level == AuthorizationLevel.Function ? isAdmin || isFunction : isAdmin;
    }

    // Hashing first makes every comparison the same length, so timing says nothing about the key.
    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
