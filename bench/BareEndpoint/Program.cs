using System.Text.Json.Serialization;
using FactApi.Bench.BareEndpoint;

// Same server (Kestrel), same logging level and the same source-generated JSON as the dev host under load.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, BareJsonContext.Default));
var app = builder.Build();
var greeting = new Greeting("ok", "bare", 1);
app.MapGet("/status", () => greeting);
app.Run();

namespace FactApi.Bench.BareEndpoint
{
    internal sealed record Greeting(string Status, string Name, int Version);

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(Greeting))]
    internal sealed partial class BareJsonContext : JsonSerializerContext;
}
