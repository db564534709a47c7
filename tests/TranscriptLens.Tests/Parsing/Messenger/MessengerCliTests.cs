using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TranscriptLens.Core.Tagging;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.Messenger;

public sealed class MessengerCliTests
{
    [Fact]
    public async Task Analyze_detects_a_messenger_file_and_reports_both_people_with_repaired_names()
    {
        var json = Path.Combine(RepoPaths.TempDirectory(), "report.json");

        var run = await CliRun.RunAsync(
            services => services.AddSingleton<ITaggerProvider>(new BaselineTaggerProvider()),
            "analyze", RepoPaths.Fixture("messenger", "facebook.json"), "--json", json);

        // facebook.json: 9 messages, one of them the call (system, not analysed); see MessengerGoldenTests.
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("analyzed 8 message(s) in 1 conversation(s)", run.Stderr, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(8, report.RootElement.GetProperty("totals").GetProperty("messages").GetInt32());
        Assert.Equal(1, report.RootElement.GetProperty("totals").GetProperty("system_messages").GetInt32());
        Assert.Equal(["Inès Moreau", "Tomás Ruiz"], report.RootElement.GetProperty("participants").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Analyze_reads_an_export_zip_as_one_conversation_per_thread_and_chat_picks_one()
    {
        var path = Path.Combine(RepoPaths.TempDirectory(), "facebook-export.zip");
        await File.WriteAllBytesAsync(path, MessengerArchiveTests.Zip(
            ("your_facebook_activity/messages/inbox/boek_1/message_1.json",
                MessengerArchiveTests.Thread("Bo Ek", ("Bo Ek", 1710446520000, "see you at 8?"), ("Ana", 1710446460000, "dinner tonight?"))),
            ("your_facebook_activity/messages/inbox/kofi_2/message_1.json",
                MessengerArchiveTests.Thread("Kofi", ("Ana", 1710446520000, "thanks!"), ("Kofi", 1710446460000, "sent you the notes")))));

        var all = await CliRun.RunAsync(
            services => services.AddSingleton<ITaggerProvider>(new BaselineTaggerProvider()), "analyze", path);
        var one = await CliRun.RunAsync("parse", path, "--chat", "KOFI");
        var unknown = await CliRun.RunAsync("parse", path, "--chat", "Nobody");

        Assert.Equal(0, all.ExitCode);
        Assert.Contains("analyzed 4 message(s) in 2 conversation(s)", all.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(2, one.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"chat\":\"Kofi\"", one.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("threads: Bo Ek, Kofi", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_end_to_end_encrypted_export_exits_3_saying_it_is_not_supported_yet()
    {
        var path = Path.Combine(RepoPaths.TempDirectory(), "encrypted.json");
        await File.WriteAllTextAsync(path,
            "{\"participants\": [\"Ana Souza\", \"Bo Ek\"], \"threadName\": \"Bo Ek\", \"messages\": [{\"isUnsent\": false, \"media\": [], "
            + "\"reactions\": [], \"senderName\": \"Bo Ek\", \"text\": \"ça va\", \"timestamp\": 1710446860000, \"type\": \"text\"}]}");

        var detected = await CliRun.RunAsync("parse", path);
        var forced = await CliRun.RunAsync("parse", path, "--format", "messenger");

        Assert.Equal((3, 3), (detected.ExitCode, forced.ExitCode));
        Assert.Contains("end-to-end-encrypted Messenger export", detected.Stderr, StringComparison.Ordinal);
        Assert.Contains("not supported yet", forced.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_telegram_export_forced_as_messenger_exits_3_instead_of_reading_it_as_damage()
    {
        var run = await CliRun.RunAsync("parse", RepoPaths.Fixture("telegram", "single-chat.json"), "--format", "messenger");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("not a Messenger or Instagram export", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forced_messenger_read_of_a_text_file_exits_3_without_echoing_it()
    {
        var path = Path.Combine(RepoPaths.TempDirectory(), "notes.txt");
        await File.WriteAllTextAsync(path, "my private diary entry that must not be echoed\nsecond line\n");

        var run = await CliRun.RunAsync("parse", path, "--format", "messenger");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("notes.txt", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("diary", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_messenger_file_exits_3_naming_the_byte()
    {
        var text = await File.ReadAllTextAsync(RepoPaths.Fixture("messenger", "facebook.json"));
        var path = Path.Combine(RepoPaths.TempDirectory(), "message_1.json");
        await File.WriteAllTextAsync(path, text[..1500]);

        var run = await CliRun.RunAsync("parse", path);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("at byte", run.Stderr, StringComparison.Ordinal);
    }
}
