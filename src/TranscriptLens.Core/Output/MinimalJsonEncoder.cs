using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace TranscriptLens.Core.Output;

/// <summary>
/// Escapes only what JSON requires (RFC 8259 §7: <c>"</c>, <c>\</c>, U+0000–U+001F) and writes every
/// other character as UTF-8, emoji included. The built-in encoders also escape every character outside
/// the BMP (<c>😂</c> becomes <c>\uD83D\uDE02</c>): valid JSON too, but twelve bytes instead of four, slower
/// to write, and unreadable in a terminal. A lone surrogate (broken UTF-16) is written as U+FFFD.
/// Not for HTML or script contexts: it leaves <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as they are.
/// </summary>
internal sealed class MinimalJsonEncoder : JavaScriptEncoder
{
    private const string MustEscape =
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\";

    private static readonly SearchValues<char> EscapedChars = SearchValues.Create(MustEscape);
    private static readonly SearchValues<byte> EscapedBytes = SearchValues.Create(Encoding.ASCII.GetBytes(MustEscape));

    private MinimalJsonEncoder()
    {
    }

    /// <summary>The one instance (the encoder holds no state).</summary>
    public static MinimalJsonEncoder Instance { get; } = new();

    /// <inheritdoc />
    public override int MaxOutputCharactersPerInputCharacter => 6;

    /// <summary>The index of the first character in <paramref name="text"/> that must be escaped, or -1.</summary>
    public static int IndexOfFirstToEscape(ReadOnlySpan<char> text)
    {
        var special = text.IndexOfAny(EscapedChars);
        var end = special < 0 ? text.Length : special;
        var from = 0;
        while (true)
        {
            var surrogate = text[from..end].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (surrogate < 0)
            {
                return special;
            }

            surrogate += from;
            if (!char.IsHighSurrogate(text[surrogate]) || surrogate + 1 >= text.Length || !char.IsLowSurrogate(text[surrogate + 1]))
            {
                return surrogate;
            }

            // A whole pair is written as UTF-8. It ends before `end`: a low surrogate is never an ASCII special.
            from = surrogate + 2;
        }
    }

    /// <inheritdoc />
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        IndexOfFirstToEscape(new ReadOnlySpan<char>(text, textLength));

    /// <inheritdoc />
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text) =>
        Ascii.IsValid(utf8Text) ? utf8Text.IndexOfAny(EscapedBytes) : base.FindFirstCharacterToEncodeUtf8(utf8Text);

    /// <inheritdoc />
    public override bool WillEncode(int unicodeScalar) => unicodeScalar is < 0x20 or '"' or '\\';

    /// <inheritdoc />
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        if (!WillEncode(unicodeScalar))
        {
            return new Rune(unicodeScalar).TryEncodeToUtf16(destination, out numberOfCharactersWritten);
        }

        var shortForm = unicodeScalar switch
        {
            '"' => '"',
            '\\' => '\\',
            '\n' => 'n',
            '\r' => 'r',
            '\t' => 't',
            '\b' => 'b',
            '\f' => 'f',
            _ => '\0',
        };
        numberOfCharactersWritten = shortForm == '\0' ? 6 : 2;
        if (bufferLength < numberOfCharactersWritten)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        destination[0] = '\\';
        if (shortForm != '\0')
        {
            destination[1] = shortForm;
            return true;
        }

        destination[1] = 'u';
        return unicodeScalar.TryFormat(destination[2..], out _, "X4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
