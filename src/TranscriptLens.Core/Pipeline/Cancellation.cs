namespace TranscriptLens.Core.Pipeline;

/// <summary>Stops a stream of items at the next item once cancellation is requested.</summary>
internal static class Cancellation
{
    /// <summary>
    /// The items of <paramref name="source"/>, throwing <see cref="OperationCanceledException"/> before
    /// the next one once <paramref name="cancellationToken"/> is cancelled. A check is one volatile
    /// read, so every item is checked and Ctrl+C stops a run within one message.
    /// </summary>
    public static IEnumerable<T> Observe<T>(IEnumerable<T> source, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled)
        {
            return source;
        }

        return Checked(source, cancellationToken);
    }

    private static IEnumerable<T> Checked<T>(IEnumerable<T> source, CancellationToken cancellationToken)
    {
        foreach (var item in source)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }
}
