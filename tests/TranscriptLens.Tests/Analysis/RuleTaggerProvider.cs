using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Tests.Analysis;

/// <summary>
/// A deterministic tagger for CLI tests (the ML tagger comes from the classifier branch): a few
/// keyword rules, so a test can say which tag each message gets.
/// </summary>
internal sealed class RuleTaggerProvider : ITaggerProvider
{
    public string? LoadedFrom { get; private set; }

    public IMessageTagger Load(string? modelsDirectory)
    {
        LoadedFrom = modelsDirectory;
        return new RuleTagger();
    }

    private sealed class RuleTagger : IMessageTagger
    {
        private static readonly HashSet<string> Minimal = new(["ok", "k", "lol", "haha", "sure", "👍", "yeah"], StringComparer.OrdinalIgnoreCase);

        public string Name => "rules";

        public IEnumerable<TaggedMessage> Tag(IEnumerable<Message> messages, SessionRules rules)
        {
            foreach (var message in messages)
            {
                yield return new TaggedMessage(message, message.Kind == MessageKind.System ? null : Rules(message));
            }
        }

        private static MessageTags Rules(Message message)
        {
            var text = message.Text.Trim();
            var engagement = text.Length == 0 || Minimal.Contains(text) ? Engagement.Minimal
                : text.StartsWith("idk", StringComparison.OrdinalIgnoreCase) || text.StartsWith("whatever", StringComparison.OrdinalIgnoreCase) ? Engagement.Deflecting
                : text.Contains("because", StringComparison.OrdinalIgnoreCase) ? Engagement.Explaining
                : Engagement.Neutral;
            var initiating = text.StartsWith("hey", StringComparison.OrdinalIgnoreCase);
            return new MessageTags(initiating, engagement, 1f);
        }
    }
}
