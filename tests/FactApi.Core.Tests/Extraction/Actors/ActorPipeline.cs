using FactApi.Core.Extraction.Actors;
using FactApi.Core.Extraction.Text;
using FactApi.Core.Facts;
using FactApi.Core.Model;

namespace FactApi.Core.Tests.Extraction.Actors;

/// <summary>
/// The actor stages on their own (tagger, linker, roles, coreference) over an invented registry: real
/// countries, invented people and organisations, so nothing is recognised from the tagger's memory.
/// </summary>
internal static class ActorPipeline
{
    public static readonly IReadOnlyList<Actor> Registry = ActorRegistry.Parse("""
        {"actors":[
          {"id":"norway","name":"Norway","kind":"country","aliases":["Oslo"]},
          {"id":"sweden","name":"Sweden","kind":"country","aliases":["Stockholm"]},
          {"id":"arden-council","name":"Arden Council","kind":"organization","aliases":["Arden"]},
          {"id":"dmytro-kovalsky","name":"Dmytro Kovalsky","kind":"person","aliases":["Kovalsky"]},
          {"id":"ivo-restrand","name":"Ivo Restrand","kind":"person","aliases":["Restrand"],
           "roles":[{"title":"President","of":"sweden","from":"2029-01-01"}]}
        ]}
        """);

    private static readonly ActorLinker Linker = new(Registry);
    private static readonly RoleFinder Roles = new(Registry);
    private static readonly Coreference Chains = new(Registry);

    public static (IReadOnlyList<ActorMention> Mentions, IReadOnlyList<FoundRole> Roles) Run(string text, DateOnly? asOf = null)
    {
        var document = Document.Create(text);
        NameTagger.Default.Apply(document);
        PlaceHeads.Relabel(text, document.Entities);
        var found = Linker.Find(text, document.Entities);
        var roles = Roles.Find(text, document.Sentences, found);
        return (Chains.Resolve(text, found, roles, asOf: asOf), roles);
    }

    /// <summary>The actor id linked to the exact words <paramref name="words"/> (first occurrence at or after <paramref name="from"/>).</summary>
    public static string? IdAt(string text, IReadOnlyList<ActorMention> mentions, string words, int from = 0)
    {
        var start = text.IndexOf(words, from, StringComparison.Ordinal);
        return mentions.FirstOrDefault(m => m.Start == start && m.End == start + words.Length)?.ActorId;
    }
}
