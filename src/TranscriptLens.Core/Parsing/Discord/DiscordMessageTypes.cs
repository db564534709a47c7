namespace TranscriptLens.Core.Parsing.Discord;

/// <summary>
/// Which message <c>type</c>s a person wrote. <c>Default</c> and <c>Reply</c> are; every other type
/// (<c>RecipientAdd</c>, <c>RecipientRemove</c>, <c>Call</c>, <c>ChannelNameChange</c>,
/// <c>ChannelIconChange</c>, <c>ChannelPinnedMessage</c>, <c>GuildMemberJoin</c>,
/// <c>ThreadCreated</c>, and the numbers the exporter writes for kinds it has no name for) is a
/// notification whose <c>content</c> the exporter generated in English.
/// </summary>
internal static class DiscordMessageTypes
{
    /// <summary>True for a message a person wrote; a missing type is the default one.</summary>
    public static bool IsUserMessage(string? type) => type is null or "Default" or "Reply";
}
