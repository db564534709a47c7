using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace TranscriptLens.Core.Streaming;

/// <summary>
/// Enumerates a sequence on a thread of its own, a bounded number of batches ahead of the consumer.
/// Parsing a large export and writing (or tagging) it then use both cores of a small machine, and
/// memory stays bounded: at most <c>depth</c> batches wait between the two. The producer's exception
/// is rethrown to the consumer, with its original stack; a consumer that stops early stops the producer.
/// </summary>
public static class ReadAhead
{
    /// <summary>Items handed over at a time: few enough hand-overs, little memory.</summary>
    public const int DefaultBatchSize = 4096;

    /// <summary>Batches the producer may run ahead.</summary>
    public const int DefaultDepth = 4;

    /// <summary>The items of <paramref name="source"/>, in order, produced on another thread.</summary>
    public static IEnumerable<T> Enumerate<T>(IEnumerable<T> source, int batchSize = DefaultBatchSize, int depth = DefaultDepth)
    {
        foreach (var batch in Batches(source, batchSize, depth))
        {
            foreach (var slot in batch)
            {
                yield return slot.Item;
            }
        }
    }

    /// <summary>The items of <paramref name="source"/> in batches of up to <paramref name="batchSize"/>, produced on another thread.</summary>
    private static IEnumerable<Slot<T>[]> Batches<T>(IEnumerable<T> source, int batchSize, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        using var queue = new BlockingCollection<Slot<T>[]>(depth);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = new Thread(() =>
        {
            try
            {
                Produce(source, batchSize, queue, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early.
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "TranscriptLens read-ahead",
        };
        producer.Start();
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                yield return batch;
            }
        }
        finally
        {
            stop.Cancel();
            producer.Join();
        }

        failure?.Throw();
    }

    private static void Produce<T>(IEnumerable<T> source, int batchSize, BlockingCollection<Slot<T>[]> queue, CancellationToken stop)
    {
        var batch = new Slot<T>[batchSize];
        var count = 0;
        foreach (var item in source)
        {
            batch[count++].Item = item;
            if (count == batchSize)
            {
                queue.Add(batch, stop);
                batch = new Slot<T>[batchSize];
                count = 0;
            }
        }

        if (count > 0)
        {
            queue.Add(batch[..count], stop);
        }
    }

    /// <summary>
    /// An array element that holds one item. Storing a reference into a <c>T[]</c> in shared generic
    /// code goes through the runtime's covariant-array check; storing into a struct field does not
    /// (the check was 4% of a 2-million-message parse).
    /// </summary>
    private struct Slot<T>
    {
        public T Item;
    }
}
