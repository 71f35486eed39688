namespace FactApi.Cli.Evaluation;

/// <summary>The lines every <c>eval ... --errors</c> prints: one per missed gold span, then one per spurious prediction.</summary>
internal static class ErrorListing
{
    public static void Print<T>(IEnumerable<T> missed, IEnumerable<T> spurious, Func<T, string> label, Func<T, string> show)
    {
        foreach (var span in missed)
        {
            Console.WriteLine($"MISS  {label(span)} {show(span)}");
        }

        foreach (var span in spurious)
        {
            Console.WriteLine($"FALSE {label(span)} {show(span)}");
        }
    }
}
