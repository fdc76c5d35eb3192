package app.verbatim.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NearbyCitationTest {

    private static boolean cited(String draft, String quoted) {
        return NearbyCitation.follows(draft, draft.indexOf(quoted) + quoted.length());
    }

    @Test
    void shouldSeeParentheticalWorksCitation() {
        assertTrue(cited("\"We must learn to trade\" (Works, Vol. 33, p. 21).", "to trade"));
    }

    @Test
    void shouldSeeCitationNamingLeninFirst() {
        assertTrue(cited("“We must learn to trade.” (Lenin, Works, Vol. 33, p. 21)", "to trade."));
    }

    @Test
    void shouldSeeCollectedWorks() {
        assertTrue(cited("\"We must learn to trade,\" he wrote in his Collected Works.", "to trade,"));
    }

    @Test
    void shouldSeeVolumeAndPage() {
        assertTrue(cited("\"We must learn to trade\", Vol. 33, p. 21.", "to trade"));
    }

    @Test
    void shouldSeeFootnoteMarker() {
        assertTrue(cited("\"We must learn to trade.\"[^12] Next sentence.", "to trade."));
    }

    @Test
    void shouldSeeCitationLineUnderBlockQuotation() {
        assertTrue(cited("> We must learn to trade.\n> — V. I. Lenin, Works, Vol. 33, p. 21", "to trade."));
    }

    @Test
    void shouldNotSeeCitationOfTheNextSentence() {
        assertFalse(cited("\"We must learn to trade.\" Then he cited Works, Vol. 33 elsewhere.", "to trade."));
    }

    @Test
    void shouldNotSeeCitationAfterAParagraphBreak() {
        assertFalse(cited("\"We must learn to trade\"\n\n(Works, Vol. 33, p. 21)", "to trade"));
    }

    @Test
    void shouldNotSeeCitationWhenThereIsNone() {
        assertFalse(cited("\"We must learn to trade,\" he said.", "to trade,"));
    }

    @Test
    void shouldNotSeeCitationAtTheEndOfTheText() {
        assertFalse(cited("\"We must learn to trade", "to trade"));
    }
}
