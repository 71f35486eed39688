namespace FactApi.Infra.Tests;

/// <summary>The checkout the tests run from: the folder holding FactApi.sln above the test binaries.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "FactApi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No FactApi.sln above {AppContext.BaseDirectory}.");
    }
}
