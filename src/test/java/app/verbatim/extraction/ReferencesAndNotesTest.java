package app.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import app.verbatim.text.PageRange;
import org.junit.jupiter.api.Test;

/** Citations from notes ("[n]") and from references in the text, and what they say about the speaker. */
class ReferencesAndNotesTest {

    private final QuotationExtractor extractor = new QuotationExtractor();

    private List<ExtractedQuotation> quotes(String text) {
        return extractor.extract(text, "Victor Serge").quotations();
    }

    @Test
    void shouldTakeTheCitationOfTheNoteWhoseMarkerFollowsTheQuotation() {
        List<ExtractedQuotation> q = quotes("""
                Striking hard, he insists: ‘I not only do not “build” on the “immediate transformation”, but I warn against it.’ [28] Then more.
                # Notes
                [27] Yedinstvo was the organ of the defencists.
                [28] V.I. Lenin, Letters on Tactics, no. 1, 8 (21) April 1917, Collected Works, Volume 24, p. 52.
                """);
        assertEquals(1, q.size());
        assertEquals("Lenin", q.get(0).speaker());
        assertEquals(24, q.get(0).citation().volume());
        assertEquals(List.of(new PageRange(52, 52)), q.get(0).citation().pages());
        assertEquals("Works", q.get(0).citation().source());
    }

    @Test
    void shouldResolveOpCitToThePreviousNoteAndLetAMarkerFollowAnAside() {
        List<ExtractedQuotation> q = quotes("""
                To win over the majority: ‘We are not Blanquists, we do not stand for the seizure of power by a minority.’ (The Dual Power, 9 April) [30]
                The state, in his words: ‘Marxism differs from Anarchism in that it recognises the need for a state.’ [31]
                # Notes
                [30] V.I. Lenin, The Dual Power, Pravda, 9 (22) April 1917, Collected Works, Volume 24, p. 40.
                [31] Op. cit., p. 68.
                """);
        assertEquals(2, q.size());
        assertEquals(List.of(new PageRange(40, 40)), q.get(0).citation().pages());
        assertEquals(24, q.get(1).citation().volume());
        assertEquals(List.of(new PageRange(68, 68)), q.get(1).citation().pages());
        assertTrue(q.get(1).citation().ibid());
        assertEquals("Lenin", q.get(1).speaker());
    }

    @Test
    void shouldGiveNoCitationForANoteThatCitesNothingNorForAMarkerAfterTheNextSentence() {
        List<ExtractedQuotation> q = quotes("""
                Kamenev describes how Lenin objected: ‘Why do it? It isn’t worth the trouble!’ He was modest. [12]
                # Notes
                [12] Lev Kamenev (1883-1936) was a leading Bolshevik.
                """);
        assertNull(q.get(0).citation());
    }

    @Test
    void shouldMakeAQuotationCitedToLeninsWritingsHisWhenTheTextDoesNotSayWhose() {
        List<ExtractedQuotation> q = quotes("""
                Then came a new idea. ‘Two powers cannot exist in a state. One of them is bound to pass away.’ [34]
                # Notes
                [34] V.I. Lenin, The Tasks of the Proletariat in Our Revolution, Collected Works, Volume 24, p. 61.
                """);
        assertEquals("Lenin", q.get(0).speaker());
    }

    @Test
    void shouldGiveEarlierPiecesOfTheSamePassageInTheParagraphTheReferenceClosingIt() {
        List<ExtractedQuotation> q = quotes("""
                Milyukov has been ‘put in power (for the time being) by the bourgeoisie’. The soviets are ‘the embryo of a workers’ government, the beginning’. The tasks are ‘to prepare the way for the second stage of the revolution’. [24]
                # Notes
                [24] V.I. Lenin, Letters from Afar, no. 1, 7 (20) March 1917, Collected Works, Volume 23, pp. 298, 299-300, 304, 307-8.
                """);
        assertEquals(3, q.size());
        for (ExtractedQuotation each : q) {
            assertEquals("Lenin", each.speaker(), each.text());
            assertEquals(4, each.citation().pages().size());
        }
    }

    @Test
    void shouldReadMiscellanyReferencesAndResolveIbidToThem() {
        List<ExtractedQuotation> q = quotes("""
                He wrote to Gorky: "We shall not give up the fight whatever happens to us." (Lenin Miscellany, XXIV, p. 44)
                And later: "The struggle goes on and will go on to the very end." (Ibid., p. 46.)
                """);
        assertEquals("Lenin Miscellany", q.get(0).citation().source());
        assertEquals(24, q.get(0).citation().volume());
        assertEquals("Lenin Miscellany", q.get(1).citation().source());
        assertEquals(List.of(new PageRange(46, 46)), q.get(1).citation().pages());
    }

    @Test
    void shouldMakeADecreeCitedToTheWorksLeninsAndKeepItsIssuingBody() {
        ExtractedQuotation q = quotes("""
                The resolution of the Second Congress of Soviets says: "The management of the different branches of state activity is entrusted to commissions." (Works, Vol. 26, p. 230.)
                """).get(0);
        assertEquals("Lenin", q.speaker());
        assertNotNull(q.issuingBody());
        assertEquals(26, q.citation().volume());
    }

    @Test
    void shouldNotGiveTheReferenceToWordsThatOpenTheCitedWorksTitle() {
        List<ExtractedQuotation> q = quotes("""
                Lenin wrote a small article too. He saw ‘the need for a union of farm labourers’, for ‘no “state” will help the rural wage-worker if he does not help himself’. [69]
                # Notes
                [69] V.I. Lenin, The Need for a Union of Farm Labourers in Russia, Pravda, 25 June (8 July) 1917, Collected Works, Volume 25, pp. 125-6.
                """);
        assertEquals(2, q.size(), () -> "quotations: " + q);
        assertNull(q.get(0).citation(), "the title named is no passage of the work");
        assertEquals("Lenin", q.get(1).speaker());
        assertEquals(25, q.get(1).citation().volume());
    }
}
