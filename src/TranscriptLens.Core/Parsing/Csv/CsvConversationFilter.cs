using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Csv;

/// <summary>
/// <c>--chat</c> and <c>--thread</c> for a CSV that holds several conversations (its chat and thread
/// columns): keeps the rows of the named one (case-insensitive) and, when none matched, fails
/// listing the names the file has.
/// </summary>
internal sealed class CsvConversationFilter(string source, ParseOptions options)
{
    private const int Listed = 20;

    private readonly string? _chat = string.IsNullOrWhiteSpace(options.Chat) ? null : options.Chat.Trim();
    private readonly string? _thread = string.IsNullOrWhiteSpace(options.Thread) ? null : options.Thread.Trim();
    private readonly List<string> _chats = [];
    private readonly List<string> _threads = [];
    private bool _matched;

    /// <summary>Whether <paramref name="message"/> belongs to the selected conversation (always, when none is selected).</summary>
    public bool Keeps(Message message)
    {
        Remember(_chats, message.Chat);
        Remember(_threads, message.Thread);
        var keep = Same(_chat, message.Chat) && Same(_thread, message.Thread);
        _matched |= keep;
        return keep;
    }

    /// <summary>After the last row: a usage error when a conversation was asked for and never seen.</summary>
    public void Finish()
    {
        if (_matched || (_chat is null && _thread is null))
        {
            return;
        }

        var (option, wanted, names) = _thread is not null ? ("--thread", _thread, _threads) : ("--chat", _chat!, _chats);
        var listing = names.Count == 0
            ? $"the file has no {option[2..]} column values"
            : $"{option[2..]}s: {string.Join(", ", names.Take(Listed))}{(names.Count > Listed ? $", ... and {names.Count - Listed} more" : string.Empty)}";
        throw new UsageException($"{option} {wanted}: no such {option[2..]} in {source}; {listing}");
    }

    private static bool Same(string? wanted, string? actual) =>
        wanted is null || string.Equals(wanted, actual, StringComparison.OrdinalIgnoreCase);

    private static void Remember(List<string> names, string? name)
    {
        if (name is not null && (names.Count == 0 || names[^1] != name) && !names.Contains(name, StringComparer.Ordinal))
        {
            names.Add(name);
        }
    }
}
