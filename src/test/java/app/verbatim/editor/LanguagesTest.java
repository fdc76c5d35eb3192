package app.verbatim.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void shouldListEnglishVariantsOnly() {
        assertTrue(Languages.list().stream().allMatch(e -> e.code().equals("en") && e.name().startsWith("English")));
    }

    @Test
    void shouldListBritishEnglish() {
        assertTrue(Languages.list().contains(new Languages.Entry("English (GB)", "en", "en-GB")));
    }

    @Test
    void shouldResolveAutoToEnglish() {
        assertEquals(Languages.ENGLISH, Languages.resolve("auto"));
    }

    @Test
    void shouldResolveLongCodeIgnoringCase() {
        assertEquals("en-GB", Languages.resolve("EN_gb").longCode());
    }

    @Test
    void shouldRejectOtherLanguages() {
        assertThrows(IllegalArgumentException.class, () -> Languages.resolve("de-DE"));
    }
}
