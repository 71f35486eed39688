using System.Security.Cryptography;
using System.Text.Json;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Storage.Writing;

/// <summary>A fingerprint of everything a source contributes, to skip every write when nothing changed.</summary>
internal static class FactSetHash
{
    public static string Compute(FactSet set)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, set.Source with { LastFetch = null });
        foreach (var actor in set.Actors.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            Add(hash, actor);
        }

        foreach (var claim in set.Claims.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            Add(hash, claim);
        }

        foreach (var @event in set.Events.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            Add(hash, @event);
        }

        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(set.Text ?? ""));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Add<T>(IncrementalHash hash, T value) =>
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(value, typeof(T), ModelJsonContext.Default));
}
