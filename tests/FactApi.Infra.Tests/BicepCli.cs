using FactApi.TestSupport;
using System.Diagnostics;
using System.Reflection;

namespace FactApi.Infra.Tests;

/// <summary>Runs the Bicep CLI that restore downloaded (see the csproj); no Azure CLI or network needed.</summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string ExecutablePath { get; } = Locate();

    public static async Task<BicepResult> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {ExecutablePath}.");
        // Read both streams while the process runs, or a full pipe would block it.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(timeout.Token);
        return new BicepResult(process.ExitCode, await stdout, await stderr);
    }

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPath").Value!;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Bicep CLI not found at {path}. It comes from the linux-x64 NuGet package; run 'dotnet restore' on Linux x64.", path);
        }

        // NuGet extracts files without guaranteeing the execute bit.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        }

        return path;
    }
}

/// <summary>What one bicep command printed; diagnostics (warnings and errors) go to standard error.</summary>
internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError);
