using System.Runtime.InteropServices;

namespace TranscriptLens.Core.Rendering;

/// <summary>
/// Whether two paths name the same file on disk, by identity rather than by spelling: a symbolic
/// link, a hard link or a linked directory reaches an input under another name, and writing a report
/// there would replace the export. On Linux the identity is the file's device and inode (<c>stat</c>,
/// which follows links); elsewhere the full paths are compared.
/// </summary>
internal static partial class FileIdentity
{
    /// <summary>
    /// True when writing <paramref name="output"/> would replace <paramref name="input"/>: the same
    /// path, the same existing file, or (for an output that does not exist yet) the same name in the
    /// same directory reached another way.
    /// </summary>
    public static bool SameFile(string output, string input)
    {
        var outputFull = Path.GetFullPath(output);
        var inputFull = Path.GetFullPath(input);
        if (string.Equals(outputFull, inputFull, StringComparison.Ordinal))
        {
            return true;
        }

        if (Of(outputFull) is { } o && Of(inputFull) is { } i)
        {
            return o == i;
        }

        return string.Equals(Path.GetFileName(outputFull), Path.GetFileName(inputFull), StringComparison.Ordinal)
            && SameDirectory(Path.GetDirectoryName(outputFull), Path.GetDirectoryName(inputFull));
    }

    /// <summary>True when the two directories are one (the same path, or the same device and inode).</summary>
    public static bool SameDirectory(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        var fullA = Path.TrimEndingDirectorySeparator(Path.GetFullPath(a));
        var fullB = Path.TrimEndingDirectorySeparator(Path.GetFullPath(b));
        return string.Equals(fullA, fullB, StringComparison.Ordinal)
            || (Of(fullA) is { } x && Of(fullB) is { } y && x == y);
    }

    /// <summary>The (device, inode) of an existing file or directory, following links; null where unknown.</summary>
    private static (ulong Device, ulong Inode)? Of(string path)
    {
        // struct stat on 64-bit Linux (x86-64 and arm64) starts with st_dev and st_ino, 8 bytes each;
        // 256 bytes is more than either layout needs.
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess || !Path.Exists(path))
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            return Stat(path, buffer) == 0
                ? (BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8))
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Stat(string path, [Out] byte[] buffer);
}
