using System.Text.Json;
using FactApi.TestSupport;

namespace FactApi.Functions.Tests.Support;

/// <summary>
/// One Azurite and one dev host per test class, with the curated sample loaded by the app's own start-up
/// refresh: ready once every curated source (and feed item) shows up as a source.
/// </summary>
public class SampleApi : IAsyncLifetime
{
    private readonly AzuriteServer azurite = new();
    private RunningApp? app;

    public HttpClient Client => app!.Client;

    public RunningApp App => app!;

    public string ConnectionString => azurite.ConnectionString;

    /// <summary>Extra dev host settings (<c>--Name=value</c>) for a fixture that needs them.</summary>
    protected virtual IReadOnlyList<string> Settings => [];

    public async Task InitializeAsync()
    {
        await azurite.StartAsync();
        app = await FactApiHost.StartAsync(azurite.ConnectionString, [.. Settings]);
        // Every manifest entry, plus one source per feed item (each item is refreshed as a source of its own).
        var curated = Path.Combine(RepositoryRoot.Path, "curated");
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(curated, "sources.json"))).RootElement.GetProperty("sources").GetArrayLength();
        var feedItems = Directory.GetFiles(Path.Combine(curated, "feeds")).Sum(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "<item>").Count);
        var expected = manifest + feedItems;
        await Eventually.ReturnsAsync(
            async () => JsonDocument.Parse(await Client.GetStringAsync("api/sources")).RootElement.GetProperty("items").GetArrayLength(),
            count => count == expected, TimeSpan.FromSeconds(30), "the curated sample to be seeded");
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await azurite.DisposeAsync();
    }

    public async Task<JsonElement> GetJsonAsync(string url) => await HttpAssert.JsonAsync(await Client.GetAsync(url));

    public async Task<List<JsonElement>> ItemsAsync(string url) =>
        [.. (await GetJsonAsync(url)).GetProperty("items").EnumerateArray()];
}
