using System.Text;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Tests.Model;

public sealed class ChatTimeTests
{
    public static TheoryData<ChatTime> Times =>
    [
        ChatTime.Naive(new DateTime(2024, 3, 14, 21, 5, 17)),
        ChatTime.Naive(new DateTime(1, 1, 1, 0, 0, 0)),
        ChatTime.Naive(new DateTime(9999, 12, 31, 23, 59, 59)),
        ChatTime.Instant(new DateTimeOffset(2024, 3, 14, 21, 5, 17, TimeSpan.Zero)),
        ChatTime.Instant(new DateTimeOffset(2024, 3, 14, 21, 5, 17, TimeSpan.FromMinutes(330))),
        ChatTime.Instant(new DateTimeOffset(2024, 3, 14, 21, 5, 17, TimeSpan.FromMinutes(-570))),
        ChatTime.Instant(new DateTimeOffset(2024, 3, 14, 21, 5, 17, TimeSpan.FromHours(14))),
    ];

    [Theory]
    [MemberData(nameof(Times))]
    public void Utf8_format_writes_the_same_text_as_ToString(ChatTime time)
    {
        Span<byte> buffer = stackalloc byte[32];

        Assert.True(time.TryFormatUtf8(buffer, out var written));
        Assert.Equal(time.ToString(), Encoding.UTF8.GetString(buffer[..written]));
    }

    [Fact]
    public void Utf8_format_refuses_a_short_buffer()
    {
        var time = ChatTime.Instant(new DateTimeOffset(2024, 3, 14, 21, 5, 17, TimeSpan.FromHours(1)));

        Assert.False(time.TryFormatUtf8(new byte[20], out _));
        Assert.False(time.TryFormatUtf8(new byte[24], out _));
    }
}
