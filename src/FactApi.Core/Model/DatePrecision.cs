using System.Text.Json.Serialization;

namespace FactApi.Core.Model;

public enum DatePrecision
{
    [JsonStringEnumMemberName("century")]
    Century,
    [JsonStringEnumMemberName("decade")]
    Decade,
    [JsonStringEnumMemberName("year")]
    Year,
    [JsonStringEnumMemberName("half")]
    Half,
    [JsonStringEnumMemberName("quarter")]
    Quarter,
    [JsonStringEnumMemberName("season")]
    Season,
    [JsonStringEnumMemberName("month")]
    Month,
    [JsonStringEnumMemberName("week")]
    Week,
    [JsonStringEnumMemberName("day")]
    Day,
    [JsonStringEnumMemberName("time")]
    Time,
    [JsonStringEnumMemberName("range")]
    Range,
}
