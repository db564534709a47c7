using System.Runtime.InteropServices;
using TranscriptLens.Cli;
using TranscriptLens.Cli.Hosting;

// Ctrl+C (SIGINT) and SIGTERM cancel the running command, which stops within one message, removes
// its unfinished output and exits with 130. A second Ctrl+C while it stops ends the process at once.
using var cancellation = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    if (!cancellation.IsCancellationRequested)
    {
        context.Cancel = true;
        cancellation.Cancel();
    }
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await CliApp.RunAsync(args, CliConsole.System, cancellationToken: cancellation.Token);
