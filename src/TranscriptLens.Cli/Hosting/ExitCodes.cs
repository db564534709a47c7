namespace TranscriptLens.Cli.Hosting;

/// <summary>Process exit codes (documented in README.md).</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>Some inputs of a batch failed (the others completed), or an unexpected internal error.</summary>
    public const int PartialFailure = 1;

    /// <summary>Usage error: missing file, unknown format, zone or option.</summary>
    public const int Usage = 2;

    /// <summary>Input that cannot be parsed: not this format, truncated, not a chat, a zip with no chat inside.</summary>
    public const int BadInput = 3;

    /// <summary>A model file is missing or corrupt.</summary>
    public const int Model = 4;

    /// <summary>Stopped by Ctrl+C (SIGINT) or SIGTERM: 128 + SIGINT, as shells report an interrupted program.</summary>
    public const int Cancelled = 130;
}
