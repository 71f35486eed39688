namespace FactApi.TestSupport;

/// <summary>The folder holding FactApi.sln, found from the test's build output.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "FactApi.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No FactApi.sln above {AppContext.BaseDirectory}.");
    }
}
