using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing.WhatsApp;

namespace TranscriptLens.Tests.Parsing.WhatsApp;

public sealed class BodyClassifierTests
{
    private static MessageBody Classify(string body, bool marked = false) =>
        BodyClassifier.Classify(body, hasAuthor: true, systemAuthor: false, startsWithMark: marked);

    [Theory]
    [InlineData("<Media omitted>", "media")]
    [InlineData("<media omitted>", "media")]
    [InlineData("<Medien ausgeschlossen>", "media")]
    [InlineData("<Multimedia omitido>", "media")]
    [InlineData("<Médias omis>", "media")]
    [InlineData("<Mídia oculta>", "media")]
    [InlineData("<Media omessi>", "media")]
    [InlineData("image omitted", "image")]
    [InlineData("video omitted", "video")]
    [InlineData("audio omitted", "audio")]
    [InlineData("sticker omitted", "sticker")]
    [InlineData("GIF omitted", "gif")]
    [InlineData("Contact card omitted", "contact")]
    [InlineData("Bild weggelassen", "image")]
    [InlineData("Kontaktkarte ausgelassen", "contact")]
    [InlineData("imagen omitida", "image")]
    [InlineData("image absente", "image")]
    [InlineData("imagem ocultada", "image")]
    [InlineData("immagine omessa", "image")]
    [InlineData("Menu.pdf • 2 pages document omitted", "Menu.pdf")]
    [InlineData("<attached: 00000012-PHOTO-2024-03-14-21-05-17.jpg>", "00000012-PHOTO-2024-03-14-21-05-17.jpg")]
    [InlineData("<Anhang: 00000012-PHOTO-2024-03-14-21-05-17.jpg>", "00000012-PHOTO-2024-03-14-21-05-17.jpg")]
    [InlineData("<adjunto: 00000012-PHOTO-2024-03-14-21-05-17.jpg>", "00000012-PHOTO-2024-03-14-21-05-17.jpg")]
    [InlineData("<pièce jointe : 00000012-PHOTO-2024-03-14-21-05-17.jpg>", "00000012-PHOTO-2024-03-14-21-05-17.jpg")]
    [InlineData("<anexado: 00000012-PHOTO-2024-03-14-21-05-17.jpg>", "00000012-PHOTO-2024-03-14-21-05-17.jpg")]
    [InlineData("<allegato: 00000012-PHOTO-2024-03-14-21-05-17.jpg>", "00000012-PHOTO-2024-03-14-21-05-17.jpg")]
    [InlineData("IMG-20240314-WA0003.jpg (file attached)", "IMG-20240314-WA0003.jpg")]
    [InlineData("IMG-20240314-WA0003.jpg (Datei angehängt)", "IMG-20240314-WA0003.jpg")]
    [InlineData("IMG-20240314-WA0003.jpg (archivo adjunto)", "IMG-20240314-WA0003.jpg")]
    [InlineData("IMG-20240314-WA0003.jpg (fichier joint)", "IMG-20240314-WA0003.jpg")]
    [InlineData("IMG-20240314-WA0003.jpg (arquivo anexado)", "IMG-20240314-WA0003.jpg")]
    [InlineData("IMG-20240314-WA0003.jpg (file allegato)", "IMG-20240314-WA0003.jpg")]
    [InlineData("AUD-20240314-WA0001. (file attached)", "AUD-20240314-WA0001.")]
    public void Recognises_media_markers(string body, string attachment)
    {
        var result = Classify(body);

        Assert.Equal(MessageKind.Media, result.Kind);
        Assert.Equal(attachment, result.Attachment);
        Assert.Equal(string.Empty, result.Text);
    }

    [Fact]
    public void An_attachment_caption_on_the_next_lines_is_the_text()
    {
        var result = Classify("IMG-20240314-WA0003.jpg (file attached)\nthe menu\nfor friday");

        Assert.Equal(MessageKind.Media, result.Kind);
        Assert.Equal("the menu\nfor friday", result.Text);
    }

    [Theory]
    [InlineData("This message was deleted")]
    [InlineData("This message was deleted.")]
    [InlineData("You deleted this message")]
    [InlineData("You deleted this message.")]
    [InlineData("Diese Nachricht wurde gelöscht.")]
    [InlineData("Du hast diese Nachricht gelöscht.")]
    [InlineData("Se eliminó este mensaje.")]
    [InlineData("Eliminaste este mensaje.")]
    [InlineData("Ce message a été supprimé")]
    [InlineData("Vous avez supprimé ce message")]
    [InlineData("Mensagem apagada")]
    [InlineData("Você apagou esta mensagem")]
    [InlineData("Questo messaggio è stato eliminato")]
    [InlineData("Hai eliminato questo messaggio")]
    public void Recognises_deleted_messages(string body)
    {
        var result = Classify(body);

        Assert.Equal(MessageKind.Deleted, result.Kind);
        Assert.Equal(string.Empty, result.Text);
    }

    [Theory]
    [InlineData("see you at 7 <This message was edited>")]
    [InlineData("see you at 7 <Diese Nachricht wurde bearbeitet>")]
    [InlineData("see you at 7 <Se editó este mensaje.>")]
    [InlineData("see you at 7 <Ce message a été modifié>")]
    [InlineData("see you at 7 <Esta mensagem foi editada>")]
    [InlineData("see you at 7 <Questo messaggio è stato modificato>")]
    public void Removes_the_edited_marker_and_flags_the_message(string body)
    {
        var result = Classify(body);

        Assert.Equal(MessageKind.Text, result.Kind);
        Assert.True(result.Edited);
        Assert.Equal("see you at 7", result.Text);
    }

    [Theory]
    [InlineData("I added you to the shared calendar")]
    [InlineData("Ana added Bo")]
    [InlineData("you left your keys here")]
    [InlineData("Missed voice call, call me back")]
    [InlineData("this message was deleted by accident, resending")]
    [InlineData("my image omitted the best part")]
    public void Keeps_user_text_that_merely_mentions_system_words(string body)
    {
        Assert.Equal(MessageKind.Text, Classify(body).Kind);
    }

    [Theory]
    [InlineData("Ana Souza added you")]
    [InlineData("Ana Souza created group “Dinner”")]
    [InlineData("Missed voice call")]
    [InlineData("Du hast Mallory hinzugefügt.")]
    [InlineData("Ana creó el grupo “Cena”")]
    [InlineData("Ana a ajouté Bo")]
    [InlineData("Ana adicionou Bo")]
    [InlineData("Ana ha aggiunto Bo")]
    public void An_event_after_a_left_to_right_mark_is_a_system_line(string body)
    {
        Assert.Equal(MessageKind.System, Classify(body, marked: true).Kind);
    }

    [Fact]
    public void A_marked_line_that_is_not_an_event_stays_text()
    {
        Assert.Equal(MessageKind.Text, Classify("No idea, lets try it out!", marked: true).Kind);
    }

    [Fact]
    public void The_encryption_banner_is_a_system_line_even_under_an_author()
    {
        var result = Classify("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.");

        Assert.Equal(MessageKind.System, result.Kind);
    }

    [Fact]
    public void Authorless_lines_are_system_lines_by_structure()
    {
        var result = BodyClassifier.Classify("Ana changed the subject to \"x\"", hasAuthor: false, systemAuthor: false, startsWithMark: false);

        Assert.Equal(MessageKind.System, result.Kind);
        Assert.Equal("Ana changed the subject to \"x\"", result.Text);
    }

    [Fact]
    public void Trailing_blank_lines_are_not_part_of_the_text()
    {
        Assert.Equal("Wo-bbu-ffet", Classify("Wo-bbu-ffet\n\n\n").Text);
    }
}
