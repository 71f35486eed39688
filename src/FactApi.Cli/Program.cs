using FactApi.Cli.Commands;

return await CliRoot.Create().Parse(args).InvokeAsync();
