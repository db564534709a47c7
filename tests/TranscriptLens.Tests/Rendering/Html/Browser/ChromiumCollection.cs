namespace TranscriptLens.Tests.Rendering.Html.Browser;

/// <summary>
/// Test classes that start Chromium share this collection, so xunit runs them one after another:
/// several browsers at once on a small CI machine make every test slow and the timeouts flaky.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection
{
    /// <summary>The collection name for <c>[Collection(ChromiumCollection.Name)]</c>.</summary>
    public const string Name = "chromium";
}
