using System.Collections.Concurrent;

namespace FactApi.Functions.Http;

/// <summary>
/// This instance's answers of the current dataset version, by URL and Accept. A new version starts an empty
/// cache (the old one is dropped whole), so an answer can never outlive the data it was read from. Bounded in
/// entries and bytes: when full, further answers are served uncached until the version changes.
/// </summary>
public sealed class ResponseCache
{
    public const int MaxEntries = 50_000;
    public const long MaxBytes = 128L * 1024 * 1024;
    private Generation current = new("");

    public bool TryGet(string version, string key, out CachedResponse response)
    {
        var generation = Volatile.Read(ref current);
        if (generation.Version == version && generation.Entries.TryGetValue(key, out var found))
        {
            response = found;
            return true;
        }

        response = null!;
        return false;
    }

    public void Add(string version, string key, CachedResponse response)
    {
        var generation = Volatile.Read(ref current);
        if (generation.Version != version)
        {
            // Every reader of an instance sees the same version (DatasetVersion.CurrentAsync) but for the moment it
            // changes, so the generation is replaced at most once or twice per change.
            var fresh = new Generation(version);
            Interlocked.CompareExchange(ref current, fresh, generation);
            generation = Volatile.Read(ref current);
            if (generation.Version != version)
            {
                return;
            }
        }

        if (generation.Entries.Count < MaxEntries && Interlocked.Add(ref generation.Bytes, response.Size) <= MaxBytes)
        {
            generation.Entries.TryAdd(key, response);
        }
    }

    private sealed class Generation(string version)
    {
        public readonly ConcurrentDictionary<string, CachedResponse> Entries = new(StringComparer.Ordinal);
        public long Bytes;

        public string Version { get; } = version;
    }
}
