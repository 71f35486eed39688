using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactApi.Functions.Http;

/// <summary>One JSON shape for every response: camelCase, nulls left out, metadata from source generation.</summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
    }
}
