using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FactApi.Core.Facts;
using FactApi.Core.Model;
using FactApi.Storage.Blobs;
using FactApi.Storage.Reading;
using FactApi.Storage.Writing;
using FactApi.TestSupport;

namespace FactApi.Storage.Tests.Writing;

public sealed class FactWriterTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Text = "The council said 12 bridges need repair. Mayor Ilse Varn agreed on Monday.";

    private static FactSet Sample()
    {
        var evidence = new Evidence("council-news", "https://example.test/c", "Bridges", new DateOnly(2031, 3, 8), "The council said 12 bridges need repair.", 0, 40);
        var claim = new Claim(FactIds.Claim("council-news", 0, 40, "12 bridges need repair"), new Speaker("city-council", "The council"), "said",
            "12 bridges need repair", QuoteForm.Indirect, TemporalValue.Parse("2031-03-07"), "bridge repairs", [new NumberMention(12, null, "bridges", "12 bridges")], evidence);
        var @event = new Event(FactIds.Event("council-news", 41, 74, "Mayor agrees"), "Mayor agrees on repairs", TemporalValue.Parse("2031-03"), "Harbourtown", ["ilse-varn"], evidence with { Start = 41, End = 74, Sentence = "Mayor Ilse Varn agreed on Monday." });
        var actors = new[]
        {
            new Actor("city-council", "City Council", ActorKind.Organization, ["the council"], []),
            new Actor("ilse-varn", "Ilse Varn", ActorKind.Person, ["Varn"], [new ActorRole("Mayor", "harbourtown")]),
        };
        return new FactSet(new Source("council-news", SourceKind.Article, "https://example.test/c", "Bridges", null, new DateOnly(2031, 3, 8), null, new FactCounts(2, 1, 1)), actors, [@event], [claim], Text);
    }

    [Fact]
    public async Task Writing_the_same_facts_twice_leaves_the_same_entities()
    {
        var (writer, tables, names, _) = Create();

        await writer.WriteAsync(Sample(), CancellationToken.None);
        var first = await DumpAsync(tables, names);
        await writer.WriteAsync(Sample(), CancellationToken.None);
        var second = await DumpAsync(tables, names);

        Assert.Equal(first, second);
        Assert.Contains(first, row => row.StartsWith("claims|claim|c-", StringComparison.Ordinal));
        Assert.Contains(first, row => row.StartsWith("claims|speaker|city-council|", StringComparison.Ordinal));
        Assert.Contains(first, row => row.StartsWith("events|actor|ilse-varn|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unchanged_set_writes_nothing_and_keeps_the_dataset_version()
    {
        var (writer, tables, names, _) = Create();
        Assert.True((await writer.WriteAsync(Sample(), CancellationToken.None)).Changed);
        var version = await new DatasetVersion(tables, names).ReadAsync(CancellationToken.None);
        var etags = await EtagsAsync(tables, names);

        var again = await writer.WriteAsync(Sample(), CancellationToken.None);

        Assert.False(again.Changed);
        Assert.Equal(etags, await EtagsAsync(tables, names));
        Assert.Equal(version, await new DatasetVersion(tables, names).ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_stored_name_that_is_not_the_one_of_its_id_gives_way_to_one_that_is()
    {
        var (writer, _, _, reader) = Create();
        var original = Sample();
        await writer.WriteAsync(original with { Actors = [original.Actors[0], original.Actors[1] with { Name = "Mayor" }] }, CancellationToken.None);
        Assert.Equal("Mayor", (await reader.GetActorAsync("ilse-varn", CancellationToken.None))!.Name);

        await writer.WriteAsync(original with { Text = original.Text + " " }, CancellationToken.None);

        Assert.Equal("Ilse Varn", (await reader.GetActorAsync("ilse-varn", CancellationToken.None))!.Name);
        await writer.WriteAsync(original with { Text = original.Text + "  ", Actors = [original.Actors[0], original.Actors[1] with { Name = "Mayor" }] }, CancellationToken.None);
        Assert.Equal("Ilse Varn", (await reader.GetActorAsync("ilse-varn", CancellationToken.None))!.Name);
    }

    [Fact]
    public async Task A_changed_set_replaces_the_old_one_without_orphans()
    {
        var (writer, tables, names, reader) = Create();
        var original = Sample();
        await writer.WriteAsync(original, CancellationToken.None);
        var replacement = original with { Events = [], Actors = [original.Actors[0]] };

        var result = await writer.WriteAsync(replacement, CancellationToken.None);

        Assert.Equal(1, result.Removed);
        var rows = await DumpAsync(tables, names);
        Assert.DoesNotContain(rows, r => r.StartsWith("events|", StringComparison.Ordinal));
        Assert.Equal(0, (await reader.GetActorAsync("ilse-varn", CancellationToken.None))!.EventCount);
        var fresh = Create(out _);
        await fresh.Item1.WriteAsync(replacement, CancellationToken.None);
        Assert.Equal(
            (await DumpAsync(fresh.Item2, fresh.Item3)).Where(r => !r.StartsWith("actors|", StringComparison.Ordinal)),
            rows.Where(r => !r.StartsWith("actors|", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Actors_get_roles_and_counts_and_are_found_by_alias()
    {
        var (writer, _, _, reader) = Create();
        await writer.WriteAsync(Sample(), CancellationToken.None);

        var mayor = await reader.GetActorAsync("ilse-varn", CancellationToken.None);

        Assert.NotNull(mayor);
        Assert.Equal(1, mayor.EventCount);
        Assert.Equal("Mayor", Assert.Single(mayor.Roles).Title);
        Assert.Equal("ilse-varn", await reader.ResolveActorAsync("VARN", CancellationToken.None));
        Assert.Equal("city-council", await reader.ResolveActorAsync("The Council", CancellationToken.None));
        Assert.Null(await reader.ResolveActorAsync("Somebody Else", CancellationToken.None));
    }

    [Fact]
    public async Task Seeding_the_registry_again_keeps_the_roles_and_counts_sources_gave()
    {
        var (writer, _, _, reader) = Create();
        var sample = Sample();
        var cited = new ActorRole("Mayor", "harbourtown", Evidence: sample.Events[0].Evidence);
        await writer.WriteAsync(sample with { Actors = [sample.Actors[0], sample.Actors[1] with { Roles = [cited] }] }, CancellationToken.None);

        await writer.WriteActorsAsync([new Actor("ilse-varn", "Ilse Varn", ActorKind.Person, ["Varn", "Mayor Varn"], [])], CancellationToken.None);

        var mayor = (await reader.GetActorAsync("ilse-varn", CancellationToken.None))!;
        Assert.Equal(1, mayor.EventCount);
        Assert.Equal("Mayor", Assert.Single(mayor.Roles).Title);
        Assert.Equal("ilse-varn", await reader.ResolveActorAsync("Mayor Varn", CancellationToken.None));
    }

    [Fact]
    public async Task The_source_text_is_kept_in_blob_storage_by_its_hash()
    {
        var (writer, _, _, reader) = Create(out var texts);
        await writer.WriteAsync(Sample(), CancellationToken.None);

        var source = await reader.GetSourceAsync("council-news", CancellationToken.None);

        Assert.Equal(SourceTextStore.Hash(Text), source!.LastFetch!.ContentHash);
        Assert.Equal(Text, await texts.GetAsync(source.LastFetch.ContentHash!, CancellationToken.None));
    }

    [Fact]
    public async Task Every_write_changes_the_dataset_version()
    {
        var (writer, tables, names, _) = Create();
        var version = new DatasetVersion(tables, names);
        var before = await version.ReadAsync(CancellationToken.None);

        await writer.WriteAsync(Sample(), CancellationToken.None);

        Assert.NotEqual(before, await version.ReadAsync(CancellationToken.None));
    }

    private (FactWriter, TableServiceClient, TableNames, FactReader) Create() => Create(out _);

    private (FactWriter, TableServiceClient, TableNames, FactReader) Create(out SourceTextStore texts)
    {
        var tables = new TableServiceClient(azurite.ConnectionString);
        var names = new TableNames(TablePrefix.New());
        var version = new DatasetVersion(tables, names);
        texts = new SourceTextStore(new BlobServiceClient(azurite.ConnectionString), names);
        return (new FactWriter(tables, names, version, texts), tables, names, new FactReader(tables, names, version, new CursorCodec(tables, names)));
    }

    private static async Task<List<string>> EtagsAsync(TableServiceClient tables, TableNames names)
    {
        var etags = new List<string>();
        foreach (var name in new[] { names.Actors, names.Claims, names.Events, names.Sources })
        {
            await foreach (var entity in tables.GetTableClient(name).QueryAsync<TableEntity>())
            {
                etags.Add($"{name}|{entity.PartitionKey}|{entity.RowKey}|{entity.ETag}");
            }
        }

        return etags.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> DumpAsync(TableServiceClient tables, TableNames names)
    {
        var rows = new List<string>();
        foreach (var (label, name) in new[] { ("actors", names.Actors), ("claims", names.Claims), ("events", names.Events), ("sources", names.Sources) })
        {
            await foreach (var entity in tables.GetTableClient(name).QueryAsync<TableEntity>())
            {
                var properties = string.Join(";", entity.Where(p => p.Key is not ("odata.etag" or "Timestamp" or "PartitionKey" or "RowKey")).Select(p => $"{p.Key}={p.Value}").Order());
                rows.Add($"{label}|{entity.PartitionKey}|{entity.RowKey}|{(label == "sources" ? "" : properties)}");
            }
        }

        return rows.Order(StringComparer.Ordinal).ToList();
    }
}
