using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Pipeline;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Pipeline;

public sealed class InputOpeningTests
{
    // Detection reads the head once (the probe, which the parser reuses for the zip signature, the
    // BOM and the CSV encoding); WhatsApp then surveys the headers once for the day/month order and
    // reads the messages once; the other formats read once (CSV takes its header row from the
    // probe). A zip is opened once more to list its entries for detection and once to find the chat in it.
    [Theory]
    [InlineData("whatsapp-android-en-us-12h.txt", 3)]
    [InlineData("whatsapp-ios-de-24h.zip", 5)]
    [InlineData("chat.csv", 2)]
    [InlineData("sms-backup.xml", 2)]
    [InlineData("telegram-result.json", 2)]
    public void A_sample_is_opened_once_per_stage_that_needs_it(string sample, int opens)
    {
        var bytes = File.ReadAllBytes(RepoPaths.Sample(sample));
        var count = 0;
        var input = new ChatInput(sample, () =>
        {
            count++;
            return new MemoryStream(bytes, writable: false);
        }, () => bytes.Length);

        var messages = TranscriptAnalysis.Shipped.Read(new TranscriptSource(input, null, ParseOptions.Default), new()).Count();

        Assert.True(messages > 0);
        Assert.Equal(opens, count);
    }
}
