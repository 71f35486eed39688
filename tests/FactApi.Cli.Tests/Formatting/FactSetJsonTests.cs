using System.Text.Json;
using FactApi.Cli.Formatting;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Cli.Tests.Formatting;

public sealed class FactSetJsonTests
{
    private static readonly Source Source = new("s", SourceKind.Article, "https://example.test/s", null, null, new DateOnly(2031, 3, 8), null, FactCounts.None);

    [Fact]
    public void Actors_show_their_roles_and_the_mentions_form_chains()
    {
        var role = new ActorRole("Prime Minister", "norway", "2031-03-08");
        var set = new FactSet(Source, [new Actor("alda-kest", "Alda Kest", ActorKind.Person, [], [role])], [], [], "Alda Kest spoke. Kest left.",
            [new Mention("alda-kest", "Alda Kest", 0, 9), new Mention("alda-kest", "Kest", 17, 21)]);

        using var json = JsonDocument.Parse(FactSetJson.Write(set));

        var written = json.RootElement.GetProperty("actors")[0].GetProperty("roles")[0];
        Assert.Equal(("Prime Minister", "norway"), (written.GetProperty("title").GetString(), written.GetProperty("of").GetString()));
        Assert.Equal([0, 17], json.RootElement.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("start").GetInt32()));
    }

    [Fact]
    public void Without_mentions_there_is_no_mentions_array()
    {
        using var json = JsonDocument.Parse(FactSetJson.Write(new FactSet(Source, [], [], [])));
        Assert.False(json.RootElement.TryGetProperty("mentions", out _));
    }
}
