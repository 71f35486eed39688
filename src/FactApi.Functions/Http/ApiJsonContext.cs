using System.Text.Json;
using System.Text.Json.Serialization;
using FactApi.Core.Model;
using FactApi.Functions.Health;
using Microsoft.AspNetCore.Mvc;

namespace FactApi.Functions.Http;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(ActorProfile))]
[JsonSerializable(typeof(Answering.AskResponse))]
[JsonSerializable(typeof(Answering.AskRequest))]
[JsonSerializable(typeof(Refresh.RefreshAccepted))]
[JsonSerializable(typeof(Refresh.RefreshRequest))]
[JsonSerializable(typeof(SourceDetail))]
[JsonSerializable(typeof(ListResponse<Actor>))]
[JsonSerializable(typeof(ListResponse<Claim>))]
[JsonSerializable(typeof(ListResponse<Event>))]
[JsonSerializable(typeof(ListResponse<Source>))]
[JsonSerializable(typeof(ListResponse<Dispute>))]
[JsonSerializable(typeof(Dispute))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
