using TranscriptLens.Core.Parsing.Csv;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.Csv;

public sealed class CsvGoldenTests
{
    private static readonly CsvChatParser Parser = new();

    [Theory]
    [InlineData("semicolon-split-date.csv")]
    [InlineData("interchange.csv")]
    [InlineData("tab-epoch.tsv")]
    [InlineData("bad-rows.csv")]
    public void Parses_the_fixture_as_expected(string file)
    {
        var chat = ParsedChat.Fixture(Parser, $"csv/{file}");

        GoldenFile.AssertJson(chat.ToJson(), $"csv/{Path.GetFileNameWithoutExtension(file)}.expected.json");
    }
}
