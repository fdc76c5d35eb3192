package app.verbatim.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Long and malformed drafts are read whole; how fast is measured by bench/lookup.sh (draft check phase). */
class DraftQuotationFinderLongDraftTest {

    private static String longDraft() {
        String[] paragraphs = {
            "Lenin wrote that the state will wither away in time. ",
            "As Ilyich put it, communism is Soviet power plus electrification. ",
            "Trotsky said: \"The revolution is permanent in character.\" ",
            "An unbalanced \"quote runs on here without end. ",
            "A “curly quotation with several words” follows. ",
            "Lenin’s friends didn’t ‘agree’ at all. ",
            "\n\n> The state is a product of the irreconcilability\n> of class antagonisms.\n> — Lenin\n\n",
            "«Lernen, lernen und nochmals lernen» und »mehr Worte hier drin« ",
            "🚩 Emoji \u200F and a ‘single quote that never closes ",
        };
        StringBuilder draft = new StringBuilder();
        int k = 0;
        while (draft.length() < 200_000) {
            draft.append(paragraphs[k++ % paragraphs.length]);
        }
        return draft.toString();
    }

    /** Every quotation found lies inside the draft and reads as the draft does there. */
    private static void assertOffsetsHold(String draft, java.util.List<DraftQuotation> found) {
        for (DraftQuotation q : found) {
            assertTrue(q.offset() >= 0 && q.end() <= draft.length(), "offsets inside the draft");
            assertTrue(draft.substring(q.offset(), q.end()).equals(q.text()), "text is the draft at its offsets");
            assertTrue(q.length() <= 2_000, "a runaway quotation is capped");
        }
    }

    @Test
    void shouldFindQuotationsThroughoutA200kDraft() {
        String draft = longDraft();
        java.util.List<DraftQuotation> found = new DraftQuotationFinder().find(draft);
        assertOffsetsHold(draft, found);
        assertTrue(found.size() > 1_000, "quotations all through the draft: " + found.size());
        assertTrue(found.get(found.size() - 1).offset() > 190_000, "the end of the draft is reached");
    }

    @Test
    void shouldResyncAfterUnbalancedMarksInA200kDraft() {
        String draft = "\" “ « ‘ » ".repeat(20_000) + "x".repeat(50_000) + " ".repeat(50_000)
                + "Lenin said \"the end of the draft is still read\".";
        java.util.List<DraftQuotation> found = new DraftQuotationFinder().find(draft);
        assertOffsetsHold(draft, found);
        assertTrue(found.stream().anyMatch(q -> q.text().equals("the end of the draft is still read")),
                "a quotation after 200,000 characters of stray marks is found");
    }
}
