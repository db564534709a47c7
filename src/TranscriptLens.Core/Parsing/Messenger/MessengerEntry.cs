using System.Text.Json;

namespace TranscriptLens.Core.Parsing.Messenger;

/// <summary>One element of the <c>messages</c> array and the line where it starts.</summary>
/// <param name="Element">The element (owned by the walker: valid until the next element is read).</param>
/// <param name="Line">1-based line where the element starts.</param>
internal sealed record MessengerEntry(JsonElement Element, int Line);
