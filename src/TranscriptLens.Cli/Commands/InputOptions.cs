using System.CommandLine;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Pipeline;

namespace TranscriptLens.Cli.Commands;

/// <summary>The input argument and the options every reading command shares (parse, tag, analyze).</summary>
public sealed class InputOptions
{
    /// <summary>The export file (or, for commands that allow it, a directory).</summary>
    public Argument<string> Input { get; } = new("input") { Description = "Chat export file (.txt, .zip, .xml, .json, .csv)" };

    /// <summary><c>--format</c>.</summary>
    public Option<string?> Format { get; } = new("--format", "-f") { Description = "Force the input format instead of detecting it (see 'transcriptlens formats')" };

    /// <summary><c>--me</c>.</summary>
    public Option<string?> Me { get; } = new("--me") { Description = "Your name in the chat; names your sent SMS messages (default: Me)" };

    /// <summary><c>--timezone</c>.</summary>
    public Option<string?> TimeZone { get; } = new("--timezone", "--tz") { Description = "IANA time zone (e.g. Europe/Berlin): instants are converted to it, naive times are taken to be in it" };

    /// <summary><c>--chat</c>.</summary>
    public Option<string?> Chat { get; } = new("--chat") { Description = "Telegram full export or Messenger/Instagram export zip: read only the chat (thread) with this name" };

    /// <summary><c>--thread</c>.</summary>
    public Option<string?> Thread { get; } = new("--thread") { Description = "SMS backup: read only this thread (contact name or address)" };

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Input);
        command.Add(Format);
        command.Add(Me);
        command.Add(TimeZone);
        command.Add(Chat);
        command.Add(Thread);
    }

    /// <summary>The parse options the user asked for.</summary>
    public ParseOptions ToParseOptions(ParseResult result)
    {
        var me = result.GetValue(Me);
        return new ParseOptions
        {
            Me = string.IsNullOrWhiteSpace(me) ? "Me" : me,
            MeGiven = !string.IsNullOrWhiteSpace(me),
            TimeZone = ResolveZone(result.GetValue(TimeZone)),
            Chat = result.GetValue(Chat),
            Thread = result.GetValue(Thread),
        };
    }

    /// <summary>The export at <paramref name="path"/> as the user asked it to be read (format, name, zone, chat, thread).</summary>
    public TranscriptSource ToSource(ParseResult result, string path) =>
        TranscriptSource.FromFile(path, result.GetValue(Format), ToParseOptions(result));

    /// <summary>The input path, checked to exist.</summary>
    public string InputPath(ParseResult result, bool allowDirectory = false)
    {
        var path = result.GetValue(Input) ?? throw new UsageException("missing input file");
        if (File.Exists(path) || (allowDirectory && Directory.Exists(path)))
        {
            return path;
        }

        throw new UsageException(Directory.Exists(path)
            ? $"{path}: is a directory; expected a chat export file"
            : $"{path}: file not found");
    }

    private static TimeZoneInfo? ResolveZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new UsageException($"--timezone: unknown time zone '{id}'; expected an IANA id such as Europe/Berlin or America/New_York");
        }
    }
}
