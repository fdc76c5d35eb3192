package app.verbatim.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnnotatedTextTest {

    private static final String BOLD = """
            {"annotation":[{"text":"Hello "},{"markup":"<b>"},{"text":"world"},{"markup":"</b>","interpretAs":""}]}""";

    @Test
    void shouldCheckTextPartsOnly() {
        assertEquals("Hello world", AnnotatedText.parse(BOLD).plainText());
    }

    @Test
    void shouldKeepMarkupInTheOriginalText() {
        assertEquals("Hello <b>world</b>", AnnotatedText.parse(BOLD).originalText());
    }

    @Test
    void shouldCheckInterpretAsInPlaceOfMarkup() {
        AnnotatedText t = AnnotatedText.parse("""
                {"annotation":[{"text":"A"},{"markup":"<br/>","interpretAs":"\\n\\n"},{"text":"B"}]}""");
        assertEquals("A\n\nB", t.plainText());
    }

    @Test
    void shouldMapOffsetAfterMarkupIntoTheOriginal() {
        AnnotatedText t = AnnotatedText.parse(BOLD);
        assertEquals("Hello <b>".length(), t.toOriginalOffset("Hello ".length()));
        assertEquals("Hello <b>wor".length(), t.toOriginalOffset("Hello wor".length()));
    }

    @Test
    void shouldMapOffsetBeforeMarkupUnchanged() {
        assertEquals(2, AnnotatedText.parse(BOLD).toOriginalOffset(2));
    }

    @Test
    void shouldEndSpanBeforeTheMarkupThatFollowsIt() {
        AnnotatedText t = AnnotatedText.parse(BOLD);
        assertEquals("Hello <b>world".length(), t.toOriginalEnd("Hello world".length()));
    }

    @Test
    void shouldMapOffsetInsideInterpretAsToTheMarkupStart() {
        AnnotatedText t = AnnotatedText.parse("""
                {"annotation":[{"text":"A"},{"markup":"<br/>","interpretAs":"\\n\\n"},{"text":"B"}]}""");
        assertEquals(1, t.toOriginalOffset(2));
        assertEquals("A<br/>".length(), t.toOriginalOffset(3));
        assertEquals("A<br/>".length(), t.toOriginalEnd(3));
    }

    @Test
    void shouldMapPlainEndToOriginalEnd() {
        AnnotatedText t = AnnotatedText.parse(BOLD);
        assertEquals(t.originalText().length(), t.toOriginalOffset(t.plainText().length()));
    }

    @Test
    void shouldMapPlainTextOntoItself() {
        AnnotatedText t = AnnotatedText.ofPlain("Hello world");
        assertEquals("Hello world", t.originalText());
        assertEquals(5, t.toOriginalOffset(5));
        assertEquals(11, t.toOriginalEnd(11));
    }

    @Test
    void shouldAcceptDataWithPlainTextKey() {
        assertEquals("Hi there", AnnotatedText.parse("{\"text\":\"Hi there\"}").plainText());
    }

    @Test
    void shouldRejectMalformedJson() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnnotatedText.parse("{\"annotation\":["));
        assertTrue(e.getMessage().contains("not well-formed JSON"), e.getMessage());
    }

    @Test
    void shouldRejectMissingAnnotation() {
        assertThrows(IllegalArgumentException.class, () -> AnnotatedText.parse("{\"foo\":1}"));
    }

    @Test
    void shouldRejectAnnotationThatIsNotAList() {
        assertThrows(IllegalArgumentException.class, () -> AnnotatedText.parse("{\"annotation\":\"x\"}"));
    }

    @Test
    void shouldRejectPartWithBothTextAndMarkup() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnnotatedText.parse("{\"annotation\":[{\"text\":\"a\",\"markup\":\"<b>\"}]}"));
        assertTrue(e.getMessage().contains("annotation[0]"), e.getMessage());
    }

    @Test
    void shouldRejectInterpretAsOnText() {
        assertThrows(IllegalArgumentException.class,
                () -> AnnotatedText.parse("{\"annotation\":[{\"text\":\"a\",\"interpretAs\":\"b\"}]}"));
    }

    @Test
    void shouldRejectPartWithNeitherTextNorMarkup() {
        assertThrows(IllegalArgumentException.class, () -> AnnotatedText.parse("{\"annotation\":[{\"x\":\"a\"}]}"));
    }

    @Test
    void shouldRejectNonStringText() {
        assertThrows(IllegalArgumentException.class, () -> AnnotatedText.parse("{\"annotation\":[{\"text\":5}]}"));
    }

    @Test
    void shouldRejectEmptyData() {
        assertThrows(IllegalArgumentException.class, () -> AnnotatedText.parse(" "));
    }

    @Test
    void shouldRejectOffsetOutsideThePlainText() {
        assertThrows(IndexOutOfBoundsException.class, () -> AnnotatedText.parse(BOLD).toOriginalOffset(12));
    }
}
