using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactApi.Functions.Refresh;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RefreshSourceMessage))]
[JsonSerializable(typeof(RefreshRequest))]
internal sealed partial class RefreshJsonContext : JsonSerializerContext;
