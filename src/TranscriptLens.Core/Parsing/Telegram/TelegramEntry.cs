using System.Text.Json;

namespace TranscriptLens.Core.Parsing.Telegram;

/// <summary>One element of a <c>messages</c> array, with where it starts and which chat it belongs to.</summary>
/// <param name="Element">The message object (owned by the walker: valid until the next element is read).</param>
/// <param name="Line">1-based line where the object starts.</param>
/// <param name="Chat">The chat name in a full export; null in a single-chat export.</param>
internal sealed record TelegramEntry(JsonElement Element, int Line, string? Chat);
