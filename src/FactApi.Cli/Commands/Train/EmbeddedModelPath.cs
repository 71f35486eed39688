namespace FactApi.Cli.Commands.Train;

/// <summary>Where a trained model goes by default: its embedded-resource file in the repository the command runs in.</summary>
internal static class EmbeddedModelPath
{
    /// <summary>The absolute path of <paramref name="relative"/> under the nearest folder above the working directory that holds FactApi.sln.</summary>
    public static string Resolve(string relative)
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FactApi.sln")))
            {
                return Path.Combine(folder.FullName, relative);
            }
        }

        throw new InvalidOperationException("Run from inside the FactApi repository, or pass --out.");
    }
}
