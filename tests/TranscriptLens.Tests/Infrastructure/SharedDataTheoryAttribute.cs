namespace TranscriptLens.Tests.Infrastructure;

/// <summary>A theory that needs <c>../shared</c>: skipped without it, except in CI (CI=true), where it must run.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the shared folder is absent outside CI.</summary>
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Available && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = "../shared is not beside the repository (it always is in CI)";
        }
    }
}
