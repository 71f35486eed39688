using System.Text.Json.Serialization;
using FactApi.Core.Refresh;

namespace FactApi.Storage.Runs;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RefreshRun))]
[JsonSerializable(typeof(SourceRunResult))]
internal sealed partial class RunsJsonContext : JsonSerializerContext;
