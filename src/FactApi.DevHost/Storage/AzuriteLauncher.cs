using System.Diagnostics;
using System.Net.Sockets;
using FactApi.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactApi.DevHost.Storage;

/// <summary>
/// With <c>UseDevelopmentStorage=true</c>, starts the project's own Azurite (npm devDependency) on its
/// default loopback ports, in memory, and stops it when the dev host exits. Ports already taken mean an
/// emulator is running: it is used as it is.
/// </summary>
internal sealed class AzuriteLauncher(IConfiguration configuration, ILogger<AzuriteLauncher> logger) : IHostedService, IDisposable
{
    private static readonly int[] Ports = [10000, 10001, 10002];
    private Process? azurite;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!StorageConnection.FromConfiguration(configuration).IsDevelopmentStorage)
        {
            return;
        }

        var listening = Ports.Where(IsListening).ToArray();
        if (listening.Length == Ports.Length)
        {
            logger.LogInformation("Using the storage emulator already listening on 127.0.0.1:10000-10002.");
            return;
        }

        if (listening.Length > 0)
        {
            throw new InvalidOperationException(
                $"Ports {string.Join(", ", listening)} are taken but not all of 10000-10002: stop what listens there, or set AzureWebJobsStorage to a full connection string.");
        }

        var executable = FindAzurite()
            ?? throw new InvalidOperationException("Azurite is not installed: run 'npm ci' in the repository root, then start the dev host again.");
        azurite = Process.Start(new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck", "--silent",
                "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"Could not start {executable}.");
        azurite.OutputDataReceived += (_, e) => { if (e.Data is not null) { logger.LogDebug("azurite: {Line}", e.Data); } };
        azurite.ErrorDataReceived += (_, e) => { if (e.Data is not null) { logger.LogWarning("azurite: {Line}", e.Data); } };
        azurite.BeginOutputReadLine();
        azurite.BeginErrorReadLine();
        // Ctrl+C and SIGTERM reach StopAsync; this also covers an exit that skips the host's shutdown.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!Ports.All(IsListening))
        {
            if (azurite.HasExited || DateTime.UtcNow > deadline)
            {
                Stop();
                throw new InvalidOperationException($"Azurite did not start listening on 127.0.0.1:10000-10002 (exit: {(azurite.HasExited ? azurite.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "still running")}).");
            }

            await Task.Delay(50, cancellationToken);
        }

        logger.LogInformation("Started Azurite (pid {Pid}, in memory) on 127.0.0.1:10000-10002.", azurite.Id);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Stop();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Stop();
        azurite?.Dispose();
    }

    private void Stop()
    {
        var process = azurite;
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync("127.0.0.1", port).Wait(TimeSpan.FromMilliseconds(200));
        }
        catch (AggregateException)
        {
            return false;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>node_modules/.bin/azurite in the working directory or any folder above it or above the build output.</summary>
    private static string? FindAzurite()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "node_modules", ".bin", "azurite");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
