using System.Text.Json.Serialization;

namespace FactApi.Core.Model;

public enum ActorKind
{
    [JsonStringEnumMemberName("person")]
    Person,
    [JsonStringEnumMemberName("organization")]
    Organization,
    [JsonStringEnumMemberName("country")]
    Country,
    [JsonStringEnumMemberName("group")]
    Group,
}
