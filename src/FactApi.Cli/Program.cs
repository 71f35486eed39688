using System.CommandLine;
using FactApi.Cli.Commands;

try
{
    return await CliRoot.Create().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (OperationCanceledException)
{
    return 130;
}
catch (Exception exception)
{
    // A known failure is one line; anything else is a bug, shown whole as System.CommandLine would.
    Console.Error.WriteLine(CliErrors.Describe(exception) ?? $"Unhandled exception: {exception}");
    return CliErrors.Describe(exception) is null ? 1 : 2;
}
