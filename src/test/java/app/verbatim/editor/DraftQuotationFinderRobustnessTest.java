package app.verbatim.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Random drafts built from the characters the finder reacts to: it must never throw or report a bad span. */
class DraftQuotationFinderRobustnessTest {

    private static final String[] PIECES = {"\"", "“", "”", "‘", "’", "«", "»", ">", "> ", "\n", "\n\n", " ", ".",
        ". ", "Lenin", " wrote that ", "As Ilyich put it, ", " said: ", "— Lenin", "(Works, Vol. 26, p. 255)", "[^1]",
        "\\begin{quote}", "\\end{quote}", "word", "the state", "🚩", "\u200F", "\u0000", "\uD800", "\uDC00", "don’t",
        "V. I.", "Trotsky", "p. 5", "?", "!", "—", "--"};

    @Test
    void shouldReportOnlyValidSpansForRandomDrafts() {
        DraftQuotationFinder finder = new DraftQuotationFinder();
        LanguageToolMatches matches = new LanguageToolMatches();
        Random random = new Random(1917);
        for (int round = 0; round < 2000; round++) {
            StringBuilder draft = new StringBuilder();
            int pieces = random.nextInt(80);
            for (int i = 0; i < pieces; i++) {
                draft.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = draft.toString();
            List<DraftQuotation> found = finder.find(text);
            int previousEnd = 0;
            for (DraftQuotation q : found) {
                assertTrue(q.offset() >= previousEnd && q.end() <= text.length(), () -> "bad span in " + text);
                assertEquals(text.substring(q.offset(), q.end()), q.text());
                previousEnd = q.end();
                matches.toMatch(text, AnnotatedText.ofPlain(text), q,
                        new QuoteFinding("VERIFIED", "w", "Lenin", "s", null, 1L), "http://x/");
            }
        }
    }
}
