using System.Text.Json;
using System.Text.Json.Serialization;
using FactApi.Functions.Health;
using Microsoft.AspNetCore.Mvc;

namespace FactApi.Functions.Http;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(ProblemDetails))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
