package app.verbatim.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LanguageToolMatchesTest {

    private static final String BASE = "http://localhost:8080/";
    private static final String SOURCE =
            "N. K. Krupskaya, Reminiscences of Lenin, \"From the October Revolution to the Peace of Brest\"";
    private static final String STORED = "We must learn to trade";

    private final LanguageToolMatches matches = new LanguageToolMatches();
    private final DraftQuotationFinder finder = new DraftQuotationFinder();

    private static QuoteFinding finding(String verdict, String speaker, String citation) {
        return new QuoteFinding(verdict, STORED, speaker, SOURCE, citation, 42L);
    }

    private CheckMatch match(String draft, QuoteFinding finding) {
        AnnotatedText text = AnnotatedText.ofPlain(draft);
        DraftQuotation q = finder.find(text.plainText()).get(0);
        return matches.toMatch(draft, text, q, finding, BASE);
    }

    @Test
    void shouldFlagVariantAsMisquoted() {
        CheckMatch m = match("Lenin said: \"We must learn how to trade.\"", finding("VARIANT", "Lenin", "Works, Vol. 33, p. 21"));
        assertEquals("QUOTE_MISQUOTED", m.rule().id());
        assertEquals("style", m.rule().issueType());
    }

    @Test
    void shouldFlagMisattributedQuotation() {
        CheckMatch m = match("Lenin said: \"We must learn to trade.\"", finding("MISATTRIBUTED", "Bukharin", null));
        assertEquals("QUOTE_MISATTRIBUTED", m.rule().id());
        assertTrue(m.message().contains("Bukharin"), m.message());
    }

    @Test
    void shouldFlagUnknownQuotationWithoutReplacements() {
        CheckMatch m = match("Lenin said: \"We must learn to juggle.\"", new QuoteFinding("NOT_FOUND", null, null, null, null, null));
        assertEquals("QUOTE_NOT_FOUND", m.rule().id());
        assertEquals(List.of(), m.replacements());
        assertEquals(BASE, m.rule().urls().get(0).value());
    }

    @Test
    void shouldFlagVerifiedQuotationWithoutCitation() {
        CheckMatch m = match("Lenin said: \"We must learn to trade.\" And so on.", finding("VERIFIED", "Lenin", "Works, Vol. 33, p. 21"));
        assertEquals("QUOTE_CITATION_MISSING", m.rule().id());
    }

    @Test
    void shouldSayNothingAboutVerifiedQuotationWithCitation() {
        assertNull(match("Lenin said: \"We must learn to trade\" (Works, Vol. 33, p. 21).",
                finding("VERIFIED", "Lenin", "Works, Vol. 33, p. 21")));
    }

    @Test
    void shouldNeverUseSpellingCategoryOrIssueType() {
        for (String verdict : List.of("VARIANT", "MISATTRIBUTED", "NOT_FOUND", "VERIFIED")) {
            CheckMatch m = match("Lenin said: \"We must learn to trade.\"", finding(verdict, "Lenin", null));
            assertEquals("VERBATIM_QUOTATIONS", m.rule().category().id());
            assertNotEquals("misspelling", m.rule().issueType());
            assertNotEquals("TYPOS", m.rule().category().id());
        }
    }

    @Test
    void shouldOfferStoredWordingThenStoredWordingWithCitation() {
        CheckMatch m = match("Lenin said: \"We must learn how to trade.\"", finding("VARIANT", "Lenin", "Works, Vol. 33, p. 21"));
        assertEquals(List.of(new CheckMatch.Replacement(STORED),
                new CheckMatch.Replacement(STORED + " (Lenin, Works, Vol. 33, p. 21)")), m.replacements());
    }

    @Test
    void shouldCiteTheMemoirWhenTheMemoirGivesNoWorksCitation() {
        CheckMatch m = match("Lenin said: \"We must learn how to trade.\"", finding("VARIANT", "Lenin", null));
        assertEquals(STORED + " (Lenin, quoted in " + SOURCE + ")", m.replacements().get(1).value());
    }

    @Test
    void shouldNameSourceAndCitationInTheMessage() {
        CheckMatch m = match("Lenin said: \"We must learn how to trade.\"", finding("VARIANT", "Lenin", "Works, Vol. 33, p. 21"));
        assertEquals("These words differ from Lenin's words as recorded in " + SOURCE + " (Works, Vol. 33, p. 21).",
                m.message());
    }

    @Test
    void shouldLinkTheRuleToTheStoredQuotation() {
        CheckMatch m = match("Lenin said: \"We must learn how to trade.\"", finding("VARIANT", "Lenin", null));
        assertEquals(BASE + "#/quotation/42", m.rule().urls().get(0).value());
    }

    @Test
    void shouldPointIntoTheOriginalMarkup() {
        String json = "{\"annotation\":[{\"markup\":\"<p>\"},{\"text\":\"Lenin said: \\\"We must \"},{\"markup\":\"<i>\"},"
                + "{\"text\":\"learn how\"},{\"markup\":\"</i>\"},{\"text\":\" to trade.\\\"\"},{\"markup\":\"</p>\"}]}";
        AnnotatedText text = AnnotatedText.parse(json);
        DraftQuotation q = finder.find(text.plainText()).get(0);
        CheckMatch m = matches.toMatch(text.originalText(), text, q, finding("VARIANT", "Lenin", null), BASE);
        String original = text.originalText();
        assertEquals("We must <i>learn how</i> to trade.", original.substring(m.offset(), m.offset() + m.length()));
    }

    @Test
    void shouldGiveLanguageToolContextWindow() {
        String draft = "x".repeat(100) + " Lenin said: \"We must learn how to trade.\" " + "y".repeat(100);
        CheckMatch m = match(draft, finding("VARIANT", "Lenin", null));
        CheckMatch.Context c = m.context();
        assertTrue(c.text().startsWith("...") && c.text().endsWith("..."), c.text());
        assertEquals("We must learn how to trade.", c.text().substring(c.offset(), c.offset() + c.length()));
        assertEquals(40 + 3 + m.length() + 40 + 3, c.text().length());
    }

    @Test
    void shouldGiveTheSentenceContainingTheMatch() {
        CheckMatch m = match("First sentence. Lenin said: \"We must learn how to trade.\" Last one.",
                finding("VARIANT", "Lenin", null));
        assertEquals("Lenin said: \"We must learn how to trade.\"", m.sentence());
    }
}
