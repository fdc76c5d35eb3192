package app.verbatim.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import app.verbatim.match.Difference.Op;
import org.junit.jupiter.api.Test;

class PassageMatcherTest {

    private static final String PEACE = "Peace cannot be concluded only from above. Peace must be secured from below. "
            + "We do not believe the German General Staff an iota, but we do believe the German people. "
            + "Without the active participation of the soldiers peace concluded by the commanders-in-chief is unstable.";

    private final PassageMatcher matcher = new PassageMatcher();

    private static List<Difference> nonEqual(Match m) {
        return m.differences().stream().filter(d -> d.op() != Op.EQUAL).toList();
    }

    @Test
    void fragmentInsideALongPassageIsExactAndItsOffsetsCoverJustTheFragment() {
        Match m = matcher.match("we do believe the German people", PEACE);
        assertTrue(m.exact());
        assertEquals(1.0, m.score(), 1e-9);
        assertEquals("we do believe the German people", PEACE.substring(m.storedStart(), m.storedEnd()));
    }

    @Test
    void repeatedCommonWordsDoNotDragTheMatchAway() {
        String stored = "It was planned against the people. We made the revolution against the people.... Let the people know it.";
        Match m = matcher.match("We made the revolution against the people", stored);
        assertTrue(m.exact());
        assertEquals("We made the revolution against the people", stored.substring(m.storedStart(), m.storedEnd()));
    }

    @Test
    void quotationWithAChangedWordIsFoundCompactlyInAVeryLongText() {
        String filler = "The people of the revolution said that the masses of the working people are the power. ";
        String quote = "We do not believe the German General Staff an iota, but we do believe the German people.";
        String stored = filler.repeat(400) + quote + " " + filler.repeat(50);
        Match m = matcher.match("We do not trust the German General Staff an iota, but we do believe the German people", stored);
        assertEquals(16, m.matchedWords());
        assertEquals(stored.indexOf(quote), m.storedStart());
        assertEquals(List.of(new Difference(Op.REPLACE, "trust", "believe")), nonEqual(m));
    }

    @Test
    void passagePlusSurroundingWordsIsReportedAsInsertsAndIsNotExact() {
        Match m = matcher.match("Lenin said: peace must be secured from below, as always", PEACE);
        assertFalse(m.exact());
        assertEquals(List.of(new Difference(Op.INSERT, "Lenin said", ""), new Difference(Op.INSERT, "as always", "")),
                nonEqual(m));
        assertEquals(6.0 / 10, m.coverage(), 1e-9);
        assertEquals(6.0 / 10, m.score(), 1e-9);
        assertEquals("Peace must be secured from below", PEACE.substring(m.storedStart(), m.storedEnd()));
    }

    @Test
    void ellipsisSkipsStoredWordsWithoutPenaltyAndStaysExact() {
        Match m = matcher.match("Peace cannot be concluded only from above ... We do not believe the German General Staff", PEACE);
        assertTrue(m.exact());
        assertEquals(1.0, m.score(), 1e-9);
        assertEquals(List.of(new Difference(Op.OMITTED, "", "Peace must be secured from below")), nonEqual(m));
    }

    @Test
    void ellipsisSegmentsAreAlignedInOrderEvenWhenTheNextWordRecursEarlier() {
        String stored = "It will be good. But have you measured it? You are staking everything on this card.";
        Match m = matcher.match("It will be good... You are staking everything on this card.", stored);
        assertTrue(m.exact());
        assertEquals(List.of(new Difference(Op.OMITTED, "", "But have you measured it")), nonEqual(m));
    }

    @Test
    void missingWordsWithoutEllipsisAreDeletesAndLowerTheScore() {
        Match m = matcher.match("Peace must be secured below", PEACE);
        assertFalse(m.exact());
        assertEquals(List.of(new Difference(Op.DELETE, "", "from")), nonEqual(m));
        assertEquals(5.0 / 6, m.score(), 1e-9);
    }

    @Test
    void typoIsANearEqualReplaceScoredSlightlyBelowEqual() {
        Match m = matcher.match("Peace must be secured from bellow", PEACE);
        assertFalse(m.exact());
        assertEquals(List.of(new Difference(Op.REPLACE, "bellow", "below")), nonEqual(m));
        assertEquals((5 + PassageMatcher.TYPO_WEIGHT) / 6, m.score(), 1e-9);
        assertEquals(6, m.matchedWords());
    }

    @Test
    void pluralIsAlsoANearEqual() {
        Match m = matcher.match("the German generals", PEACE);
        assertEquals(List.of(new Difference(Op.REPLACE, "generals", "General")), nonEqual(m));
    }

    @Test
    void transposedLettersCountAsATypo() {
        Match m = matcher.match("We do not beleive the German General Staff", PEACE);
        assertEquals(8, m.matchedWords());
    }

    @Test
    void shortWordsGetNoTypoTolerance() {
        Match m = matcher.match("Peace must be secured frm below", PEACE);
        assertEquals(List.of(new Difference(Op.REPLACE, "frm", "from")), nonEqual(m));
        assertEquals(5, m.matchedWords());
    }

    @Test
    void britishSpellingScoresHighButIsNotExact() {
        Match m = matcher.match("the organisation of the working people", "has always been the organization of the working people");
        assertFalse(m.exact());
        assertTrue(m.score() > 0.95);
        assertEquals(List.of(new Difference(Op.REPLACE, "organisation", "organization")), nonEqual(m));
    }

    @Test
    void synonymInsideTheMatchIsAReplace() {
        Match m = matcher.match("Peace must be obtained from below", PEACE);
        assertEquals(List.of(new Difference(Op.REPLACE, "obtained", "secured")), nonEqual(m));
        assertEquals(5.0 / 6, m.score(), 1e-9);
    }

    @Test
    void changedWordAtTheEdgeIsReportedAsAnInsertWithTheSameScore() {
        // an edge substitution cannot be told from an added word without knowing synonyms
        Match m = matcher.match("Peace must be secured from beneath", PEACE);
        assertEquals(List.of(new Difference(Op.INSERT, "beneath", "")), nonEqual(m));
        assertEquals(5.0 / 6, m.score(), 1e-9);
    }

    @Test
    void consecutiveWordsOfOneOpAreGrouped() {
        Match m = matcher.match("We do not trust the German army an iota", PEACE);
        assertEquals(List.of(new Difference(Op.EQUAL, "We do not", "We do not"),
                new Difference(Op.REPLACE, "trust", "believe"),
                new Difference(Op.EQUAL, "the German", "the German"),
                new Difference(Op.REPLACE, "army", "General Staff"),
                new Difference(Op.EQUAL, "an iota", "an iota")), m.differences());
    }

    @Test
    void addedNegationIsFlagged() {
        Match m = matcher.match("Peace must not be secured from below", PEACE);
        assertTrue(m.negationChanged());
        assertFalse(m.exact());
    }

    @Test
    void removedNegationIsFlagged() {
        assertTrue(matcher.match("Peace can be concluded only from above", PEACE).negationChanged());
        assertTrue(matcher.match("We do believe the German General Staff an iota", PEACE).negationChanged());
    }

    @Test
    void antonymPrefixIsFlaggedAndIsNeverATypo() {
        Match m = matcher.match("it is possible to remain loyal to Marxism", "it is impossible to remain loyal to Marxism");
        assertTrue(m.negationChanged());
        assertEquals(List.of(new Difference(Op.REPLACE, "possible", "impossible")), nonEqual(m));
    }

    @Test
    void unchangedNegationIsNotFlagged() {
        assertFalse(matcher.match("We do not believe the German General Staff", PEACE).negationChanged());
    }

    @Test
    void unrelatedTextHasNoMatch() {
        Match m = matcher.match("Useful idiots", PEACE);
        assertEquals(0, m.matchedWords());
        assertEquals(0.0, m.score(), 1e-9);
        assertFalse(m.exact());
    }

    @Test
    void emptyAndHostileInputsDoNotThrow() {
        assertEquals(0.0, matcher.match("", PEACE).score());
        assertEquals(0.0, matcher.match("... … [...]", PEACE).score());
        assertEquals(0.0, matcher.match("peace", "").score());
        Match m = matcher.match("\u0000😀\uD800 peace\u200F must be secured", PEACE);
        assertTrue(m.exact());
    }

    @Test
    void storedEllipsisIsNotAWordOfTheQuotation() {
        String stored = "All power belongs to the Soviets.... The Soviet Russian Republic shall be constituted";
        assertTrue(matcher.match("All power belongs to the Soviets. The Soviet Russian Republic", stored).exact());
    }
}
