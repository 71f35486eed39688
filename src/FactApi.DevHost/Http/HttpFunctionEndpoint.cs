using Microsoft.Azure.Functions.Worker;

namespace FactApi.DevHost.Http;

/// <summary>Endpoint metadata: what the route table shows and what key checks read.</summary>
public sealed record HttpFunctionEndpoint(string FunctionName, string Pattern, IReadOnlyList<string> Methods, AuthorizationLevel AuthLevel);
