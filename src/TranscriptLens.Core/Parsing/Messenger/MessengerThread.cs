using System.IO.Compression;

namespace TranscriptLens.Core.Parsing.Messenger;

/// <summary>One conversation folder of an export zip.</summary>
/// <param name="Folder">The entry path of the folder (<c>…/messages/inbox/boek_123</c>).</param>
/// <param name="Files">Its <c>message_N.json</c> entries, highest <c>N</c> (oldest messages) first.</param>
internal sealed record MessengerThread(string Folder, IReadOnlyList<ZipArchiveEntry> Files)
{
    /// <summary>The folder's own name (<c>boek_123</c>), the thread's name when its files have no title.</summary>
    public string FolderName => Folder[(Folder.LastIndexOf('/') + 1)..];
}
