using System.Text.Json;

namespace TranscriptLens.Tests.Rendering.Html.Browser;

/// <summary>One Chrome DevTools Protocol event as received.</summary>
/// <param name="Method">The event name, e.g. <c>Network.requestWillBeSent</c>.</param>
/// <param name="SessionId">The target session it came from; null for browser-level events.</param>
/// <param name="Params">The event parameters (a detached copy).</param>
public sealed record DevToolsEvent(string Method, string? SessionId, JsonElement Params);
