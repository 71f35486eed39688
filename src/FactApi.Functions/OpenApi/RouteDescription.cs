namespace FactApi.Functions.OpenApi;

/// <summary>What the attributes cannot tell about an HTTP function: its words, query parameters and responses.</summary>
/// <param name="Tag">The group the operation is listed under.</param>
/// <param name="Body">The 200 JSON body: the item type of a list route, the whole body otherwise; null for a free-form object.</param>
/// <param name="IsList">A page of <paramref name="Body"/> items (<c>{items, nextCursor}</c>), also offered as text/csv.</param>
/// <param name="Conditional">Answers with an ETag and honours If-None-Match with a 304.</param>
/// <param name="Problems">The problem+json statuses it can answer besides 500 (which every route can).</param>
/// <param name="Query">Names of shared query parameters (see <see cref="SharedComponents"/>).</param>
/// <param name="Success">The success status: 200, or 202 for work that is queued.</param>
/// <param name="RequestBody">The optional JSON request body, if the route reads one.</param>
internal sealed record RouteDescription(
    string Tag,
    string Summary,
    string Description,
    Type? Body,
    bool IsList,
    bool Conditional,
    IReadOnlyList<int> Problems,
    IReadOnlyList<string> Query,
    int Success = 200,
    Type? RequestBody = null);
