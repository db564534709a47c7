using System.Security;
using TranscriptLens.Cli.Hosting;
using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Cli.Commands;

/// <summary>
/// Runs a command body and turns every expected failure into one clear line on stderr and its exit
/// code: never a stack trace.
/// </summary>
public sealed class CommandRunner(CliConsole console)
{
    /// <summary>Runs <paramref name="body"/> and maps exceptions to exit codes.</summary>
    public async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (UsageException e)
        {
            return Fail(ExitCodes.Usage, e.Message);
        }
        catch (InputFormatException e)
        {
            return Fail(ExitCodes.BadInput, e.Describe());
        }
        catch (ModelLoadException e)
        {
            return Fail(ExitCodes.Model, e.Message);
        }
        catch (FileNotFoundException e)
        {
            return Fail(ExitCodes.Usage, $"{e.FileName ?? e.Message}: file not found");
        }
        catch (DirectoryNotFoundException e)
        {
            return Fail(ExitCodes.Usage, e.Message);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or SecurityException)
        {
            return Fail(ExitCodes.Usage, e.Message);
        }
        catch (IOException e)
        {
            return Fail(ExitCodes.BadInput, $"could not read or write: {e.Message}");
        }
        catch (OperationCanceledException)
        {
            // Every output file is written under a temporary name and moved into place only when
            // complete, so an interrupted run leaves no half-written report behind.
            console.Error.WriteLine("transcriptlens: cancelled; no output file was left half-written");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("TRANSCRIPTLENS_DEBUG") is null)
        {
            return Fail(ExitCodes.PartialFailure, $"internal error ({e.GetType().Name}): {e.Message}");
        }
    }

    private int Fail(int code, string message)
    {
        console.Error.WriteLine($"transcriptlens: error: {message}");
        return code;
    }
}
