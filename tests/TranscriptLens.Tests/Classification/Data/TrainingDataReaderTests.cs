using TranscriptLens.Classification.Data;
using TranscriptLens.Classification.Training;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Classification.Data;

public sealed class TrainingDataReaderTests
{
    [Fact]
    public void Reads_csv_with_the_json_lines_column_names_and_turns_placeholders_into_media()
    {
        var path = Path.Combine(RepoPaths.TempDirectory(), "data.csv");
        File.WriteAllText(path,
            "conv,i,ts,sender,text,initiating,engagement\n"
            + "c9,1,2024-03-02T21:15:00,Tom,\"IMG-20240302-WA0001.jpg (file attached)\nlook, the view\",false,neutral\n"
            + "c9,0,2024-03-02T21:14:05,Maya,\"hi, you there?\",true,neutral\n"
            + "c9,2,2024-03-02T21:16:00,Maya,<Media omitted>,false,minimal\n");

        var set = TrainingDataReader.Read(path);

        var conversation = Assert.Single(set.Conversations);
        Assert.Equal([0, 1, 2], conversation.Select(m => m.Message.Index));
        Assert.Equal("hi, you there?", conversation[0].Message.Text);
        Assert.True(conversation[0].Gold.Initiating);
        Assert.Equal(MessageKind.Media, conversation[1].Message.Kind);
        Assert.Equal("look, the view", conversation[1].Message.Text);
        Assert.Equal("IMG-20240302-WA0001.jpg", conversation[1].Message.Attachment);
        Assert.Equal(MessageKind.Media, conversation[2].Message.Kind);
        Assert.Equal(string.Empty, conversation[2].Message.Text);
        Assert.Equal(Engagement.Minimal, conversation[2].Gold.Engagement);
        Assert.Equal(64, Assert.Single(set.Files).Sha256.Length);
    }

    [Fact]
    public void Splits_by_conversation_deterministically()
    {
        var ids = Enumerable.Range(1, 200).Select(i => $"c{i:000}").ToArray();
        var heldOut = ids.Where(c => ConversationSplit.IsHeldOut(c, 20)).ToArray();

        Assert.InRange(heldOut.Length, 25, 55);
        Assert.Equal(heldOut, ids.Where(c => ConversationSplit.IsHeldOut(c, 20)));
        Assert.All(Enumerable.Range(0, 5), f => Assert.Contains(ids, c => ConversationSplit.Fold(c, 5) == f));
    }

    [Fact]
    public void A_folder_without_data_files_is_bad_input() =>
        Assert.Throws<InputFormatException>(() => TrainingDataReader.Read(RepoPaths.TempDirectory()));
}
