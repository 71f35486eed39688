using System.Text.Json;

namespace FactApi.DevHost.Configuration;

/// <summary>
/// The <c>Values</c> of local.settings.json, as <c>func start</c> reads them. A fresh clone has only
/// local.settings.example.json, so that is the fallback: the app starts with safe local values.
/// </summary>
public static class LocalSettings
{
    public static (string? Path, IReadOnlyDictionary<string, string?> Values) Load(string? explicitPath = null)
    {
        var path = explicitPath ?? FindFile();
        if (path is null)
        {
            return (null, new Dictionary<string, string?>());
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (document.RootElement.TryGetProperty("Values", out var section))
        {
            foreach (var property in section.EnumerateObject())
            {
                // The Functions host passes these to the worker as environment variables, where "__" means ":".
                values[property.Name.Replace("__", ":", StringComparison.Ordinal)] =
                    property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
            }
        }

        return (path, values);
    }

    /// <summary>
    /// The working directory and its parents up to the repository root (where <c>dotnet run --project</c> may
    /// start from), then the build output.
    /// </summary>
    private static string? FindFile()
    {
        foreach (var name in new[] { "local.settings.json", "local.settings.example.json" })
        {
            for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
            {
                var path = Path.Combine(folder.FullName, name);
                if (File.Exists(path))
                {
                    return path;
                }

                if (Path.Exists(Path.Combine(folder.FullName, ".git")))
                {
                    break;
                }
            }

            var output = Path.Combine(AppContext.BaseDirectory, name);
            if (File.Exists(output))
            {
                return output;
            }
        }

        return null;
    }
}
