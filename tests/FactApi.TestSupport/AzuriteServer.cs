using System.Diagnostics;

namespace FactApi.TestSupport;

/// <summary>
/// The project's own Azurite (npm devDependency), in memory on free loopback ports. It can be stopped and
/// started again on the same ports, to test what happens while storage is away.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    // The emulator's documented, public development account; it guards nothing.
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string? location;
    private Process? process;
    private bool started;

    /// <param name="location">A folder to keep data in, so it survives a stop and start; in memory when null.</param>
    public AzuriteServer(string? location = null)
    {
        this.location = location;
        var ports = FreePorts.Take(3);
        (BlobPort, QueuePort, TablePort) = (ports[0], ports[1], ports[2]);
    }

    public int BlobPort { get; private set; }

    public int QueuePort { get; private set; }

    public int TablePort { get; private set; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    public bool IsRunning => process is { HasExited: false };

    /// <summary>
    /// Starts Azurite. Free ports are only free when asked: another process (a parallel test run's Azurite) may take
    /// one before this one binds it, so a first start that fails is tried again on new ports; a restart keeps its
    /// ports, which clients already hold.
    /// </summary>
    public async Task StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartOnceAsync();
                started = true;
                return;
            }
            catch (InvalidOperationException) when (!started && attempt < 3 && process is { HasExited: true })
            {
                var ports = FreePorts.Take(3);
                (BlobPort, QueuePort, TablePort) = (ports[0], ports[1], ports[2]);
            }
        }
    }

    private async Task StartOnceAsync()
    {
        var executable = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: run 'npm ci' in {RepositoryRoot.Path}.");
        }

        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     "--disableTelemetry", "--skipApiVersionCheck", "--silent",
                     "--blobHost", "127.0.0.1", "--blobPort", $"{BlobPort}",
                     "--queueHost", "127.0.0.1", "--queuePort", $"{QueuePort}",
                     "--tableHost", "127.0.0.1", "--tablePort", $"{TablePort}",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        if (location is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(location);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Azurite.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await Eventually.TrueAsync(
            () => process.HasExited || (FreePorts.IsListening(BlobPort) && FreePorts.IsListening(QueuePort) && FreePorts.IsListening(TablePort)),
            TimeSpan.FromSeconds(30), "Azurite to listen");
        if (process.HasExited)
        {
            throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} (ports {BlobPort}, {QueuePort}, {TablePort}).");
        }
    }

    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        process = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
