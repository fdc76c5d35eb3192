package app.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import app.verbatim.text.PageRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** "> " lines: one quotation a run, its speaker from the lead, a closing name or a note citing his works. */
class BlockQuotationsTest {

    private final QuotationExtractor extractor = new QuotationExtractor();

    private List<ExtractedQuotation> quotes(String text) {
        return extractor.extract(text, "Alfred Rosmer").quotations();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lenin wrote:                                                             | Lenin
            In his article on the state, written that summer, he said:               | Lenin
            Of the Italian abstentionists, Lenin merely remarked in a note:          | Lenin
            Kautsky answered him in the same paper:                                  | Kautsky
            """)
    void shouldTakeTheSpeakerFromTheLead(String lead, String speaker) {
        List<ExtractedQuotation> q = quotes("Lenin was in Zurich, far from Kautsky.\n" + lead
                + "\n> The proletariat needs the state only temporarily. We do not at all disagree with the anarchists.\n"
                + "After that the argument went on.");
        assertEquals(1, q.size());
        assertEquals("The proletariat needs the state only temporarily. We do not at all disagree with the anarchists.",
                q.get(0).text());
        assertEquals(speaker, q.get(0).speaker());
    }

    @Test
    void shouldReadConsecutiveLinesAsOneQuotationEndingBeforeItsNoteMarker() {
        List<ExtractedQuotation> q = quotes("""
                He set out the essential characteristics:
                > 1. The source of power is not a law previously discussed and enacted by parliament …
                > 2. The replacement of the police and the army by the direct arming of the whole people …
                > 3. Officialdom, the bureaucracy, are placed under special control … [31]
                The main fact at present is that dual power already exists.
                # Notes
                [31] V.I. Lenin, The Dual Power, Collected Works, Volume 24, p39.
                """);
        assertEquals(1, q.size());
        assertTrue(q.get(0).text().startsWith("1. The source of power"));
        assertTrue(q.get(0).text().endsWith("special control …"));
        assertEquals("Lenin", q.get(0).speaker());
        assertEquals(List.of(new PageRange(39, 39)), q.get(0).citation().pages());
    }

    @Test
    void shouldTakeTheNameClosingTheBlockAsItsSpeaker() {
        ExtractedQuotation q = quotes("""
                > It is not enough to be a revolutionary and an adherent of Socialism in general. – V.I. Lenin [1]
                # The Man and the Year
                In order to understand Lenin, the man and his work, it is necessary to place them in context.
                # Notes
                [1] V.I. Lenin, The Immediate Tasks of the Soviet Government, March-April 1918, Collected Works, Volume 26, Moscow 1977, p. 274.
                """).get(0);
        assertEquals("It is not enough to be a revolutionary and an adherent of Socialism in general.", q.text());
        assertEquals("Lenin", q.speaker());
        assertEquals(26, q.citation().volume());
        assertEquals("Moscow 1977", q.citation().edition());
    }

    @Test
    void shouldMakeABlockCitedToLeninsWorksHisWhateverTheLead() {
        ExtractedQuotation q = quotes("""
                The discussion turned to the question of the state.
                > Marxism differs from Anarchism in that it recognises the need for a state and for state power. [35]
                # Notes
                [34] V.I. Lenin, The Tasks of the Proletariat in Our Revolution, Collected Works, Volume 24, p. 61.
                [35] Op. cit., p. 68.
                """).get(0);
        assertEquals("Lenin", q.speaker());
        assertEquals(List.of(new PageRange(68, 68)), q.citation().pages());
    }

    @Test
    void shouldLeaveABlockInQuoteMarksToTheMarks() {
        List<ExtractedQuotation> q = quotes("""
                Van Overstraeten was alarmed.
                > ‘What a dangerous book’, he said to me; ‘with Lenin there’s no risk, because he will always use a manoeuvre in favour of the working class’. [2]
                """);
        assertEquals(1, q.size());
        assertTrue(q.get(0).text().startsWith("What a dangerous book"));
        assertTrue(q.get(0).text().endsWith("the working class"));
        assertTrue(!q.get(0).speaker().equals("Lenin"), "he is the man named before, not Lenin");
    }

    @Test
    void shouldReadAQuotationPrintedUnderANoteWithItsReference() {
        List<ExtractedQuotation> q = quotes("""
                Lenin’s book created a climate favourable to a reconciliation. [1]
                # Notes
                [1] The German anarchist, Eric Mühsam, wrote, in September 1919:
                > ‘The theoretical and practical theses of Lenin have provided a new basis for our action.’ (Bulletin communiste, July 22, 1920)
                """);
        assertEquals(1, q.size());
        assertEquals("Bulletin communiste", q.get(0).citation().source());
        assertTrue(q.get(0).citation().pages().isEmpty());
    }
}
