using TranscriptLens.Core.Rendering.Html.Charts;

namespace TranscriptLens.Tests.Rendering.Html.Charts;

public sealed class HtmlTextTests
{
    [Fact]
    public void Escapes_every_markup_character_in_a_name()
    {
        Assert.Equal("Ana &lt;3 &amp; &quot;Co&quot; &#39;x&#39; &gt;", HtmlText.Escape("Ana <3 & \"Co\" 'x' >"));
    }

    [Fact]
    public void Keeps_emoji_rtl_text_and_combining_accents_unchanged()
    {
        const string text = "נועה 🌙 and Zoë (Zoe\u0308) 👩‍👩‍👧";

        Assert.Equal(text, HtmlText.Escape(text));
    }

    [Fact]
    public void Replaces_control_characters_and_broken_surrogates_html_forbids()
    {
        // NUL, a C1 control, a lone high surrogate (an emoji cut in half) and a noncharacter.
        var text = "a\u0000b\u0085c\uD83Dd\uFFFFe\tf\ng";

        Assert.Equal("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf\ng", HtmlText.Escape(text));
    }

    [Fact]
    public void Escapes_null_to_nothing()
    {
        Assert.Equal(string.Empty, HtmlText.Escape(null));
    }
}
