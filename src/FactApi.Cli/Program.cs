using System.CommandLine;
using FactApi.Cli.Commands;

try
{
    return await CliRoot.Create().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception) when (CliErrors.Describe(exception) is { } message)
{
    Console.Error.WriteLine(message);
    return 2;
}
