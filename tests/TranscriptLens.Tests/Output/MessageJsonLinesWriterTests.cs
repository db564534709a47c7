using System.Text;
using System.Text.Json;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Output;

namespace TranscriptLens.Tests.Output;

public sealed class MessageJsonLinesWriterTests
{
    private static readonly DateTime Clock = new(2024, 3, 14, 21, 5, 17);

    private static string Render(params Message[] messages)
    {
        using var stream = new MemoryStream();
        using (var writer = new MessageJsonLinesWriter(stream))
        {
            foreach (var message in messages)
            {
                writer.Write(message);
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Message Text(string text) => new(0, ChatTime.Naive(Clock), "Ana", text, MessageKind.Text) { Line = 1 };

    [Fact]
    public void Writes_emoji_and_accents_as_utf8_not_escapes()
    {
        var line = Render(Text("😂 Grüße"));

        Assert.Contains("\"text\":\"😂 Grüße\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_quotes_backslashes_and_control_characters()
    {
        var line = Render(Text("a \"b\" \\ c\nd\te\u0001"));

        Assert.Contains(@"""text"":""a \""b\"" \\ c\nd\te\u0001""", line, StringComparison.Ordinal);
        Assert.Equal("a \"b\" \\ c\nd\te\u0001", JsonDocument.Parse(line).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Writes_a_lone_surrogate_as_the_replacement_character()
    {
        var line = Render(Text("x\uD83Dy"));

        Assert.Equal("x\uFFFDy", JsonDocument.Parse(line).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Leaves_html_characters_unescaped()
    {
        var line = Render(Text("<Media omitted> & 'so'"));

        Assert.Contains("<Media omitted> & 'so'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_one_line_per_message_in_order_when_disposed()
    {
        var messages = Enumerable.Range(0, 5000).Select(i => Text($"message {i}") with { Index = i }).ToArray();

        var lines = Render(messages).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(5000, lines.Length);
        Assert.Equal(Enumerable.Range(0, 5000), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("index").GetInt32()));
    }

    [Fact]
    public void Writes_the_fixed_properties_then_the_optional_ones()
    {
        var message = new Message(3, ChatTime.Instant(new DateTimeOffset(Clock, TimeSpan.FromHours(-3.5))), null, "joined", MessageKind.System)
        {
            Attachment = "a.jpg",
            Edited = true,
            Chat = "Family",
            Thread = "+4912",
        };

        var line = Render(message);

        Assert.Equal(
            "{\"index\":3,\"timestamp\":\"2024-03-14T21:05:17-03:30\",\"sender\":null,\"text\":\"joined\",\"kind\":\"system\",\"line\":null,"
            + "\"attachment\":\"a.jpg\",\"edited\":true,\"chat\":\"Family\",\"thread\":\"+4912\"}\n",
            line);
    }

    [Fact]
    public void Lets_a_later_stage_append_properties()
    {
        using var stream = new MemoryStream();
        using (var writer = new MessageJsonLinesWriter(stream))
        {
            writer.Write(Text("hi"), json => json.WriteBoolean("initiating", true));
        }

        var root = JsonDocument.Parse(stream.ToArray()).RootElement;
        Assert.True(root.GetProperty("initiating").GetBoolean());
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(1, ",\"initiating\":true")]
    [InlineData(3, ",\"initiating\":true,\"engagement\":\"minimal\",\"confidence\":0.25")]
    public void Appends_a_later_stages_properties_with_commas_only_between_them(int count, string expected)
    {
        using var stream = new MemoryStream();
        using (var writer = new MessageJsonLinesWriter(stream))
        {
            for (var i = 0; i < 2; i++)
            {
                writer.Write(Text("hi"), json =>
                {
                    if (count >= 1)
                    {
                        json.WriteBoolean("initiating", true);
                    }

                    if (count >= 3)
                    {
                        json.WriteString("engagement", "minimal");
                        json.WriteNumber("confidence", 0.25);
                    }
                });
            }
        }

        var line = "{\"index\":0,\"timestamp\":\"2024-03-14T21:05:17\",\"sender\":\"Ana\",\"text\":\"hi\",\"kind\":\"text\",\"line\":1" + expected + "}\n";
        Assert.Equal(line + line, Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Escapes_every_control_character_like_the_json_encoder()
    {
        var text = new string([.. Enumerable.Range(0, 0x20).Select(c => (char)c)]) + "\"\\ é 😂 \uD800";

        var written = JsonDocument.Parse(Render(Text(text))).RootElement.GetProperty("text").GetString();

        Assert.Equal(text.Replace("\uD800", "\uFFFD", StringComparison.Ordinal), written);
    }

    [Fact]
    public void Writes_long_texts_across_blocks()
    {
        var text = string.Concat(Enumerable.Repeat("line \"with\" quotes\n", 20_000));

        var lines = Render(Text(text), Text(text)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Equal(text, JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()));
    }
}
