using TranscriptLens.Cli.Hosting;

return await CliApp.RunAsync(args, CliConsole.System);
