using System.CommandLine;

namespace FactApi.Cli.Commands;

/// <summary>The storage options of every command that reads or writes the store, and the settings they give.</summary>
internal static class StorageSettings
{
    public static Option<string?> ConnectionOption() =>
        new("--connection") { Description = "Storage connection string (default: $AzureWebJobsStorage, else UseDevelopmentStorage=true)." };

    public static Option<string> PrefixOption(params string[] aliases) =>
        new("--table-prefix", aliases) { Description = "Table prefix (default: factapi).", DefaultValueFactory = _ => "factapi" };

    /// <summary>The configuration entries for <c>AddFactApiStorage</c>: the connection given, else the environment's, else Azurite's.</summary>
    public static Dictionary<string, string?> For(string? connection, string? prefix) => new()
    {
        ["AzureWebJobsStorage"] = connection ?? Environment.GetEnvironmentVariable("AzureWebJobsStorage") ?? "UseDevelopmentStorage=true",
        ["FactApi:TablePrefix"] = prefix,
    };
}
