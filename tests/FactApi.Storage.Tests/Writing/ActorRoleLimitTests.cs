using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Storage.Blobs;
using FactApi.Storage.Reading;
using FactApi.Storage.Writing;
using FactApi.TestSupport;

namespace FactApi.Storage.Tests.Writing;

/// <summary>An actor every source names stays one writable entity: roles keep their latest citations only.</summary>
public sealed class ActorRoleLimitTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly string Sentence = "President Alda Kest of Velmar, " + string.Concat(Enumerable.Repeat("who spoke at length about the harbour and the bridges, ", 12)) + "said the port would open.";

    private static FactSet Source(int day, params string[] titles)
    {
        var id = $"day-{day:00}";
        var published = new DateOnly(2031, 1, 1).AddDays(day);
        var roles = titles.Select(t => new ActorRole(t, "velmar", published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null,
            new Evidence(id, null, null, published, Sentence, 0, Sentence.Length))).ToList();
        var actor = new Actor("alda-kest", "Alda Kest", ActorKind.Person, [], roles);
        return new FactSet(new Source(id, SourceKind.Article, $"https://example.test/{id}", id, null, published, null, new FactCounts(1, 0, 0)), [actor], [], [], null);
    }

    [Fact]
    public async Task Sixty_sources_naming_one_person_keep_the_latest_citations_within_the_limits()
    {
        var tables = new TableServiceClient(azurite.ConnectionString);
        var names = new TableNames(TablePrefix.New());
        var version = new DatasetVersion(tables, names);
        var writer = new FactWriter(tables, names, version, new SourceTextStore(new BlobServiceClient(azurite.ConnectionString), names));
        var reader = new FactReader(tables, names, version, new CursorCodec(tables, names));

        for (var day = 1; day <= 60; day++)
        {
            await writer.WriteAsync(Source(day, "President"), CancellationToken.None);
        }

        await writer.WriteAsync(Source(61, [.. Enumerable.Range(1, 40).Select(i => $"Envoy {i}")]), CancellationToken.None);

        var actor = (await reader.GetActorAsync("alda-kest", CancellationToken.None))!;
        Assert.True(actor.Roles.Count <= FactWriter.MaxRoles, $"{actor.Roles.Count} roles");
        var presidencies = actor.Roles.Where(r => r.Title == "President").ToList();
        Assert.True(presidencies.Count <= FactWriter.CitationsPerRole);
        Assert.All(presidencies, r => Assert.True(r.Evidence!.PublishedAt >= new DateOnly(2031, 1, 1).AddDays(58)));
    }
}
