using System.Diagnostics;
using System.Net;
using System.Reflection;
using FactApi.TestSupport;

namespace FactApi.DevHost.Tests.Http;

/// <summary>
/// The dev host as a developer runs it: its own process, <c>UseDevelopmentStorage=true</c>, the project's Azurite
/// started on the emulator's default ports and gone again after Ctrl+C or SIGTERM. (Tests in one class run one
/// after another, so the two cases never compete for those ports.)
/// </summary>
public sealed class AzuriteLifecycleTests
{
    private static readonly int[] EmulatorPorts = [10000, 10001, 10002];

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task The_dev_host_starts_its_own_Azurite_and_leaves_none_behind(string signal)
    {
        Assert.False(EmulatorPorts.Any(FreePorts.IsListening), "Something already listens on 10000-10002; stop it to run this test.");
        var port = FreePorts.Take(1)[0];
        var configuration = typeof(AzuriteLifecycleTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(RepositoryRoot.Path, "src", "FactApi.DevHost", "bin", configuration, "net10.0", "FactApi.DevHost.dll"), "--urls", $"http://127.0.0.1:{port}" },
            Environment = { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true", ["FactApi__TablePrefix"] = TablePrefix.New() },
        };
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
            await Eventually.ReturnsAsync(() => GetStatusAsync(client), s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(60), "the dev host to answer /api/health");
            // A loaded machine can be slow to accept a connection: poll rather than judge one attempt.
            await Eventually.TrueAsync(() => EmulatorPorts.All(FreePorts.IsListening), TimeSpan.FromSeconds(10), "Azurite on 10000-10002");

            using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(exited.Token);
            await Eventually.TrueAsync(() => !EmulatorPorts.Any(FreePorts.IsListening), TimeSpan.FromSeconds(10), "Azurite to be gone");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task<HttpStatusCode?> GetStatusAsync(HttpClient client)
    {
        try
        {
            return (await client.GetAsync("api/health")).StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }
}
