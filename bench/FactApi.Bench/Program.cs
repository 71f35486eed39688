using FactApi.Bench;

// bench/load.sh calls these; each prints "key=value" lines for the script (figures in ms or per second).
return args switch
{
    ["targets", var claims, var seed] => Targets.Print(int.Parse(claims, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture)),
    ["uncached", var url, var connection, var prefix, var actor, var speaker, var runs] =>
        await UncachedProbe.RunAsync(new Uri(url), connection, prefix, actor, speaker, int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture)),
    ["writes", var connection, var prefix, var claims, var seed, var sources] =>
        await WriteProbe.RunAsync(connection, prefix, int.Parse(claims, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture), int.Parse(sources, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: FactApi.Bench targets CLAIMS SEED
               FactApi.Bench uncached BASE_URL CONNECTION PREFIX ACTOR_ID SPEAKER_NAME RUNS
               FactApi.Bench writes CONNECTION PREFIX CLAIMS SEED SOURCES
        """);
    return 2;
}
