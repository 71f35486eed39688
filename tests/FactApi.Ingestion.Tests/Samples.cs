namespace FactApi.Ingestion.Tests;

/// <summary>The invented sources in Samples/, copied next to the tests.</summary>
internal static class Samples
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name));
}
