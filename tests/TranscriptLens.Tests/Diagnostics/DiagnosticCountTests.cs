using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Pipeline;

namespace TranscriptLens.Tests.Diagnostics;

public sealed class DiagnosticCountTests
{
    [Fact]
    public void Thirteen_unreadable_rows_count_thirteen_though_ten_are_listed_and_one_line_sums_up_the_rest()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 13).Select(i => $"yesterday,Ana,row {i}"));
        var text = "timestamp,sender,text\n2024-03-01T10:00:00,Ana,hello\n" + rows + "\n";
        var diagnostics = new DiagnosticBag();

        var messages = TranscriptAnalysis.Shipped.Read(new TranscriptSource(ChatInput.FromText("bad.csv", text), null, ParseOptions.Default), diagnostics).ToList();

        // One good row kept; bad rows 1-10 are listed one by one, then "13 row(s) in all" stands for the other 3.
        Assert.Single(messages);
        var skipped = diagnostics.Items.Where(d => d.Kind == DiagnosticKind.Skipped).ToList();
        Assert.Equal(11, skipped.Count);
        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3], skipped.Select(d => d.Occurrences));
        Assert.Equal(13, diagnostics.Occurrences(DiagnosticSeverity.Warning));
    }
}
