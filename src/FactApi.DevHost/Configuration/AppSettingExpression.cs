using Microsoft.Extensions.Configuration;

namespace FactApi.DevHost.Configuration;

/// <summary>Resolves <c>%Name%</c> in trigger attributes from configuration, as the Functions host does.</summary>
public static class AppSettingExpression
{
    public static string Resolve(string value, IConfiguration configuration, string functionName)
    {
        if (value.Length < 2 || value[0] != '%' || value[^1] != '%')
        {
            return value;
        }

        var name = value[1..^1];
        return configuration[name.Replace("__", ":", StringComparison.Ordinal)]
            ?? throw new Discovery.DevHostStartupException($"Function '{functionName}' refers to setting '{name}' ({value}), which is not set.");
    }
}
