using FactApi.Core.Model;
using FactApi.Functions.Health;
using FactApi.Functions.Http;

namespace FactApi.Functions.OpenApi;

/// <summary>
/// The words and shapes of each HTTP function, keyed by function name. Routes and methods come from the functions
/// themselves; a function missing here (or an entry with no function) stops the document being built.
/// </summary>
internal static class RouteDescriptions
{
    private static readonly int[] BadRequest = [400];
    private static readonly int[] NotFound = [404];
    private static readonly int[] BadRequestOrNotFound = [400, 404];

    public static IReadOnlyDictionary<string, RouteDescription> ByFunction { get; } = new Dictionary<string, RouteDescription>(StringComparer.Ordinal)
    {
        [nameof(Api.ActorsList)] = new(
            "Actors", "Search actors",
            "Search by name or alias, forgiving case, accents and small misspellings; without q, every actor in id order.",
            typeof(Actor), IsList: true, Conditional: true, BadRequest, ["q", "kind", "limit", "cursor"]),
        [nameof(Api.ActorById)] = new(
            "Actors", "One actor with its latest claims and events",
            "The profile (names, kind, aliases, roles, counts) with the latest claims and events.",
            typeof(ActorProfile), IsList: false, Conditional: true, NotFound, []),
        [nameof(Api.ActorClaims)] = new(
            "Actors", "What an actor said",
            "Claims attributed to the actor, oldest first, with the /claims filters.",
            typeof(Claim), IsList: true, Conditional: true, BadRequestOrNotFound, ["q", "from", "to", "topic", "limit", "cursor"]),
        [nameof(Api.ActorEvents)] = new(
            "Actors", "Events an actor took part in",
            "Events involving the actor, in date order, with the /events filters.",
            typeof(Event), IsList: true, Conditional: true, BadRequestOrNotFound, ["q", "from", "to", "place", "limit", "cursor"]),
        [nameof(Api.ClaimsList)] = new(
            "Claims", "Search claims",
            "Claims filtered by text, speaker (an id or any alias), date range, topic and source.",
            typeof(Claim), IsList: true, Conditional: true, BadRequest, ["q", "speaker", "from", "to", "topic", "source", "limit", "cursor"]),
        [nameof(Api.ClaimById)] = new(
            "Claims", "One claim",
            "One claim with its speaker, cue, content, numbers and evidence. With Accept: application/ld+json, schema.org JSON-LD: a ClaimReview when the claim has a fact-checker's rating, else a Claim.",
            typeof(Claim), IsList: false, Conditional: true, NotFound, []),
        [nameof(Api.EventsList)] = new(
            "Events", "Search events",
            "Events filtered by text, actor (an id or any alias), place and date range. Dates match by overlap: a May 2025 event is in any range that touches May 2025.",
            typeof(Event), IsList: true, Conditional: true, BadRequest, ["q", "actor", "from", "to", "place", "limit", "cursor"]),
        [nameof(Api.DisputesList)] = new(
            "Disputes", "Search disputes",
            "Claims by different speakers on one topic that contradict each other (different counts, or a denial), each side with its speaker, claim, number and evidence.",
            typeof(Dispute), IsList: true, Conditional: true, BadRequest, ["q", "actor", "from", "to", "limit", "cursor"]),
        [nameof(Api.DisputeById)] = new(
            "Disputes", "One dispute",
            "One dispute with every side.",
            typeof(Dispute), IsList: false, Conditional: true, NotFound, []),
        [nameof(Api.SourcesList)] = new(
            "Sources", "List sources",
            "Each curated source with its last fetch and the facts it contributed.",
            typeof(Source), IsList: true, Conditional: true, BadRequest, ["limit", "cursor"]),
        [nameof(Api.SourceById)] = new(
            "Sources", "One source",
            "One source, its last fetch status and error, its fact counts, and its ten most recent refresh results.",
            typeof(SourceDetail), IsList: false, Conditional: true, NotFound, []),
        [nameof(Answering.Ask)] = new(
            "Answers", "Ask a question",
            "A plain-English question (q, or POST {\"question\", \"asOf\"}) answered from stored facts only, with the evidence sentences, or declined with the reason. Relative dates resolve against asOf (default today).",
            typeof(Answering.AskResponse), IsList: false, Conditional: false, [400, 413, 415], ["question", "asOf"], RequestBody: typeof(Answering.AskRequest)),
        [nameof(HealthCheck)] = new(
            "Health", "Liveness and readiness",
            "200 when a Table Storage round trip succeeds in time; 503 naming the storage endpoint when it does not. Never cached.",
            typeof(HealthReport), IsList: false, Conditional: false, [503], []),
        [nameof(Refresh.AdminRefresh)] = new(
            "Admin", "Refresh sources now",
            "Queues a refresh of every enabled source, or of the one named by sourceId; answers 202 with the run id. Needs a function key in Azure.",
            typeof(Refresh.RefreshAccepted), IsList: false, Conditional: false, [400, 401, 404, 413], [], Success: 202, RequestBody: typeof(Refresh.RefreshRequest)),
        [nameof(Api.OpenApiDocument)] = new(
            "Meta", "This OpenAPI document",
            "The OpenAPI 3.1 description of every HTTP route, generated from the functions themselves.",
            null, IsList: false, Conditional: true, [], []),
    };

    /// <summary>Route parameters by name; every function names its route parameters from this list.</summary>
    public static IReadOnlyDictionary<string, string> PathParameters { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "A stable id: a lowercase slug such as volodymyr-zelensky, as given in list items.",
    };
}
