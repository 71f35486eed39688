using System.Text;
using FactApi.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FactApi.Ingestion.Tests.Fetching;

/// <summary>
/// A publisher on loopback for the fetch tests: feeds, an article, a conditional GET, a failing, a hanging and a
/// 50 MB endpoint, hostile XML and redirects. Counters let tests see what reached it.
/// </summary>
public sealed class SourceServer : IAsyncLifetime
{
    public const string ETag = "\"harbour-v7\"";
    public const long HugeBytes = 50L * 1024 * 1024;

    private RunningApp? running;
    private int failingHits;
    private int redirectTargetHits;

    public Uri Address => running?.Address ?? throw new InvalidOperationException("The server is not started.");

    public int FailingHits => Volatile.Read(ref failingHits);

    public int RedirectTargetHits => Volatile.Read(ref redirectTargetHits);

    public Uri Url(string path) => new(Address, path);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:0"] });
        builder.Logging.ClearProviders();
        var app = builder.Build();

        Serve(app, "/feeds/rss.xml", "rss.xml", "application/rss+xml; charset=utf-8");
        Serve(app, "/feeds/atom.xml", "atom.xml", "application/atom+xml");
        Serve(app, "/articles/harbour-bridge.html", "article.html", "text/html; charset=utf-8");
        Serve(app, "/feeds/garbage.xml", "garbage.xml", "application/xml");
        Serve(app, "/feeds/xxe.xml", "xxe.xml", "application/xml");
        Serve(app, "/feeds/bomb.xml", "bomb.xml", "application/xml");

        // "Café on Orrin Quay" in ISO-8859-1: é is the single byte 0xE9, which UTF-8 would garble.
        app.MapGet("/latin1", () => Results.Bytes(Encoding.Latin1.GetBytes("Café on Orrin Quay"), "text/plain; charset=iso-8859-1"));

        app.MapGet("/conditional", (HttpContext context) =>
        {
            context.Response.Headers.ETag = ETag;
            return context.Request.Headers.IfNoneMatch == ETag
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : Results.Text("The harbour timetable, version 7.", "text/plain");
        });

        app.MapGet("/failing", () =>
        {
            Interlocked.Increment(ref failingHits);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        });

        // Never answers; the client's deadline ends the request, and the abort ends this handler.
        app.MapGet("/hang", async (HttpContext context) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
        });

        app.MapGet("/huge", WriteHugeAsync);
        app.MapGet("/redirect-loopback", () => Results.Redirect($"http://localhost:{Address.Port}/redirect-target"));
        app.MapGet("/redirect-file", () => Results.Redirect("file:///etc/passwd"));
        app.MapGet("/redirect-target", () =>
        {
            Interlocked.Increment(ref redirectTargetHits);
            return Results.Text("reached", "text/plain");
        });

        running = await RunningApp.StartAsync(app);
    }

    public async Task DisposeAsync()
    {
        if (running is not null)
        {
            await running.DisposeAsync();
        }
    }

    private static void Serve(WebApplication app, string path, string sample, string contentType) =>
        app.MapGet(path, () => Results.Text(Samples.Text(sample), contentType));

    /// <summary>50 MB, streamed with no Content-Length, so only the client's own limit can stop it.</summary>
    private static async Task WriteHugeAsync(HttpContext context)
    {
        context.Response.ContentType = "text/plain";
        var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
        long written = 0;
        try
        {
            while (written < HugeBytes && !context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                written += chunk.Length;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client hung up: what the test is about. (How much was "written" says little: after an abort
            // Kestrel completes writes without sending them, so the client's byte count is what is asserted.)
        }
    }
}
