namespace FactApi.Functions.Http;

/// <summary>A query parameter that cannot be used; becomes a 400 problem naming it.</summary>
public sealed class BadParameterException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
