using TranscriptLens.Core.Streaming;

namespace TranscriptLens.Tests.Streaming;

public sealed class ReadAheadTests
{
    [Fact]
    public void Delivers_every_item_in_order()
    {
        var items = ReadAhead.Enumerate(Enumerable.Range(0, 10_001), batchSize: 100, depth: 2).ToList();

        Assert.Equal(Enumerable.Range(0, 10_001), items);
    }

    [Fact]
    public void Produces_on_another_thread()
    {
        var consumer = Environment.CurrentManagedThreadId;

        var producers = ReadAhead.Enumerate(Enumerable.Range(0, 3).Select(_ => Environment.CurrentManagedThreadId)).ToList();

        Assert.All(producers, id => Assert.NotEqual(consumer, id));
    }

    [Fact]
    public void Rethrows_the_producers_exception_after_the_items_before_it()
    {
        static IEnumerable<int> Failing()
        {
            yield return 1;
            yield return 2;
            throw new InvalidDataException("line 3 is broken");
        }

        var seen = new List<int>();
        var error = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var item in ReadAhead.Enumerate(Failing(), batchSize: 1))
            {
                seen.Add(item);
            }
        });

        Assert.Equal("line 3 is broken", error.Message);
        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public void Stops_the_producer_when_the_consumer_stops_early()
    {
        var produced = 0;
        IEnumerable<int> Endless()
        {
            while (true)
            {
                produced++;
                yield return produced;
            }
        }

        var first = ReadAhead.Enumerate(Endless(), batchSize: 10, depth: 2).Take(5).ToList();

        Assert.Equal([1, 2, 3, 4, 5], first);
        Assert.InRange(produced, 5, 10 * (2 + 2));
    }
}
