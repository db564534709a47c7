using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;

namespace TranscriptLens.Tests.Parsing;

public sealed class MessageOrderingTests
{
    private static Message At(int minute, string text, string? thread = null) =>
        new(99, ChatTime.Naive(new DateTime(2024, 3, 14, 21, minute, 0)), "A", text, MessageKind.Text) { Thread = thread };

    [Fact]
    public void Sorts_out_of_order_lines_stably_and_numbers_from_zero()
    {
        var diagnostics = new DiagnosticBag();
        var ordered = MessageOrdering.Order([At(50, "a"), At(49, "b"), At(50, "c")], "chat.txt", diagnostics).ToList();

        Assert.Equal(["b", "a", "c"], ordered.Select(m => m.Text));
        Assert.Equal([0, 1, 2], ordered.Select(m => m.Index));
        Assert.Contains(diagnostics.Items, d => d.Message.Contains("out of time order", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbers_each_thread_from_zero()
    {
        var ordered = MessageOrdering.Order([At(1, "a", "t1"), At(2, "b", "t2"), At(3, "c", "t1")], "x", new DiagnosticBag()).ToList();

        Assert.Equal([0, 0, 1], ordered.Select(m => m.Index));
    }

    [Fact]
    public void Keeps_and_reports_a_message_older_than_the_window()
    {
        var diagnostics = new DiagnosticBag();
        var ordered = MessageOrdering.Order([At(10, "a"), At(11, "b"), At(12, "c"), At(1, "late")], "x", diagnostics, window: 1).ToList();

        Assert.Equal(4, ordered.Count);
        Assert.Contains("late", ordered.Select(m => m.Text));
        Assert.Contains(diagnostics.Items, d => d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Accepts_a_second_conversation_older_than_the_first_without_reporting_it()
    {
        var diagnostics = new DiagnosticBag();
        var messages = new[] { At(10, "a1", "t1"), At(11, "a2", "t1"), At(12, "a3", "t1"), At(1, "b1", "t2"), At(2, "b2", "t2") };

        var ordered = MessageOrdering.Order(messages, "x", diagnostics, window: 1).ToList();

        Assert.Equal(["a1", "a2", "a3", "b1", "b2"], ordered.Select(m => m.Text));
        Assert.Equal([0, 1, 2, 0, 1], ordered.Select(m => m.Index));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Still_reports_disorder_within_one_conversation_of_several()
    {
        var diagnostics = new DiagnosticBag();
        var messages = new[] { At(10, "a1", "t1"), At(1, "b1", "t2"), At(11, "a2", "t1"), At(12, "a3", "t1"), At(5, "a0", "t1") };

        var ordered = MessageOrdering.Order(messages, "x", diagnostics, window: 1).ToList();

        Assert.Equal(5, ordered.Count);
        Assert.Contains(diagnostics.Items, d => d.Severity == DiagnosticSeverity.Warning);
    }
}
