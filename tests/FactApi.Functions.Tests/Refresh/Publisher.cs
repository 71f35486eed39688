using System.Collections.Concurrent;
using FactApi.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FactApi.Functions.Tests.Refresh;

/// <summary>
/// A news publisher on loopback: a feed linking to two articles (all with ETags, answering If-None-Match with
/// 304), and sources that fail in every way a refresh meets. It records each conditional request it receives,
/// and how many requests for one path it ever served at once. Under <c>/slow/</c> every path answers late.
/// </summary>
public sealed class Publisher : IAsyncDisposable
{
    public const string FirstArticle =
        "Harbour strike talks set for Tuesday\n\n" +
        "Mayor Ilse Varn said the city would meet the dockworkers' union in Portholm on Tuesday. " +
        "The union said more than 300 members had stopped work.";

    public const string SecondArticle =
        "Ferries cancelled as strike spreads\n\n" +
        "The port authority said nearly 40 ferries were cancelled on Friday. " +
        "Mayor Ilse Varn warned that the strike could last into April.";

    private readonly RunningApp app;
    private readonly ConcurrentDictionary<string, int> inFlight = new(StringComparer.Ordinal);
    private int maxInFlight;

    private Publisher(RunningApp app) => this.app = app;

    public ConcurrentQueue<string> ConditionalRequests { get; } = new();

    /// <summary>What /flaky answers: an article until set to false, then 500s.</summary>
    public bool FlakyWorks { get; set; } = true;

    /// <summary>How long a path under /slow/ waits before answering.</summary>
    public TimeSpan SlowBy { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The most requests for one path that were being served at the same moment.</summary>
    public int MaxInFlightPerPath => Volatile.Read(ref maxInFlight);

    public Uri Url(string path) => new(app.Address, path);

    public void ResetInFlight() => Volatile.Write(ref maxInFlight, 0);

    private async Task TrackAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "";
        var now = inFlight.AddOrUpdate(path, 1, (_, n) => n + 1);
        for (var seen = maxInFlight; now > seen; seen = maxInFlight)
        {
            Interlocked.CompareExchange(ref maxInFlight, now, seen);
        }

        try
        {
            if (path.StartsWith("/slow/", StringComparison.Ordinal))
            {
                await Task.Delay(SlowBy, context.RequestAborted);
                context.Request.Path = path["/slow".Length..];
            }

            await next(context);
        }
        finally
        {
            inFlight.AddOrUpdate(path, 0, (_, n) => n - 1);
        }
    }

    public static async Task<Publisher> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:0"] });
        builder.Logging.ClearProviders();
        var web = builder.Build();
        Publisher? publisher = null;
        web.Use((context, next) => publisher!.TrackAsync(context, next));
        web.UseRouting();
        IResult Versioned(HttpContext context, string etag, string body, string type)
        {
            if (context.Request.Headers.IfNoneMatch.Count > 0)
            {
                publisher!.ConditionalRequests.Enqueue(context.Request.Path);
            }

            context.Response.Headers.ETag = etag;
            return context.Request.Headers.IfNoneMatch == etag ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Text(body, type);
        }

        web.MapGet("/feed.xml", (HttpContext c) => Versioned(c, "\"feed-1\"", Feed, "application/rss+xml"));
        web.MapGet("/repeats.xml", (HttpContext c) => Versioned(c, "\"repeats-1\"", RepeatingFeed, "application/rss+xml"));
        web.MapGet("/first.txt", (HttpContext c) => Versioned(c, "\"first-1\"", FirstArticle, "text/plain"));
        web.MapGet("/second.txt", (HttpContext c) => Versioned(c, "\"second-1\"", SecondArticle, "text/plain"));
        web.MapGet("/flaky.txt", (HttpContext c) => publisher!.FlakyWorks ? Results.Text(SecondArticle, "text/plain") : Results.StatusCode(500));
        web.MapGet("/broken", () => Results.StatusCode(500));
        web.MapGet("/garbage.xml", () => Results.Text("<rss><channel><item>no end", "application/xml"));
        web.MapGet("/xxe.xml", () => Results.Text("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>", "application/xml"));
        web.MapGet("/bomb.xml", () => Results.Text("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><rss version=\"2.0\"><channel><title>&c;</title></channel></rss>", "application/xml"));
        web.MapGet("/huge.txt", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/plain";
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (var sent = 0L; sent < 50L * 1024 * 1024 && !c.RequestAborted.IsCancellationRequested; sent += chunk.Length)
            {
                await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            }
        });
        web.MapGet("/hang.txt", async (HttpContext c) => await Task.Delay(Timeout.Infinite, c.RequestAborted));
        publisher = new Publisher(await RunningApp.StartAsync(web));
        return publisher;
    }

    private const string Feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Portholm Gazette</title><link>https://portholm.example/</link><description>Local news</description>
        <item><title>Harbour strike talks set for Tuesday</title><link>first.txt</link><pubDate>Sat, 08 Mar 2031 09:00:00 GMT</pubDate></item>
        <item><title>Ferries cancelled as strike spreads</title><link>second.txt</link><pubDate>Sat, 08 Mar 2031 12:00:00 GMT</pubDate></item>
        </channel></rss>
        """;

    /// <summary>A feed that lists the first article twice (updated, then listed again under a new title).</summary>
    private const string RepeatingFeed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Portholm Gazette digest</title><link>https://portholm.example/</link><description>Digest</description>
        <item><title>Harbour strike talks set for Tuesday</title><link>first.txt</link><pubDate>Sat, 08 Mar 2031 09:00:00 GMT</pubDate></item>
        <item><title>Updated: harbour strike talks</title><link>first.txt</link><pubDate>Sat, 08 Mar 2031 15:00:00 GMT</pubDate></item>
        </channel></rss>
        """;

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
