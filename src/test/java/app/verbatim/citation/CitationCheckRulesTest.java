package app.verbatim.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.verbatim.citation.CitationCheckRules.Check;
import app.verbatim.citation.CitationCheckRules.Claim;
import app.verbatim.citation.CitationCheckRules.Located;
import app.verbatim.citation.CitationCheckRules.Outcome;
import app.verbatim.citation.CitationCheckRules.Place;
import app.verbatim.text.PageRange;
import org.junit.jupiter.api.Test;

/** The outcome rules on their own, over invented claims: one memoir's citations decided together. */
class CitationCheckRulesTest {

    private static final Set<Integer> AVAILABLE = Set.of(26, 27, 29);
    private final List<Located> memoir = new ArrayList<>();

    private Located cite(Integer volume, int first, int last, Place found) {
        Located l = new Located(new Claim(memoir.size() + 1, "Works", volume, List.of(new PageRange(first, last)), null),
                found, found);
        memoir.add(l);
        return l;
    }

    private static Place at(int volume, int page) {
        return new Place(volume, page, page, "A Work");
    }

    private Check outcomeOf(Located l) {
        return CitationCheckRules.check(memoir, AVAILABLE).get(memoir.indexOf(l));
    }

    @Test
    void shouldMatchThePagesClaimed() {
        Located l = cite(26, 288, 289, at(26, 289));
        assertEquals(Outcome.PAGES_MATCH, outcomeOf(l).outcome());
    }

    @Test
    void shouldReadPagesThatRiseWithTheOthersAsAnotherEditionsPagination() {
        cite(26, 100, 100, at(26, 125));
        Located middle = cite(26, 200, 200, at(26, 228));
        cite(26, 300, 300, at(26, 334));
        Check check = outcomeOf(middle);
        assertEquals(Outcome.OTHER_PAGINATION, check.outcome());
        assertEquals(28, check.offset());
        assertTrue(check.explanation().contains("p. 228"), check.explanation());
    }

    @Test
    void shouldCallAPageOutOfStepWithTheOthersAMismatch() {
        cite(26, 100, 100, at(26, 125));
        Located wrong = cite(26, 200, 200, at(26, 290));
        cite(26, 300, 300, at(26, 334));
        assertEquals(Outcome.PAGE_MISMATCH, outcomeOf(wrong).outcome());
    }

    @Test
    void shouldNotLetPiecesUnderOneClaimJudgeEachOther() {
        // three pieces of one letter under "pp. 4, 8-9", found on pp. 22-23 and 27: one claim, not three opinions
        Located first = new Located(new Claim(1, "Works", 26, List.of(new PageRange(4, 4), new PageRange(8, 9)), null),
                new Place(26, 22, 23, "Marxism and Insurrection"), null);
        Located second = new Located(new Claim(2, "Works", 26, List.of(new PageRange(4, 4), new PageRange(8, 9)), null),
                at(26, 27), null);
        memoir.add(first);
        memoir.add(second);
        cite(26, 151, 153, at(26, 179));
        assertEquals(Outcome.OTHER_PAGINATION, outcomeOf(first).outcome());
        assertEquals(Outcome.OTHER_PAGINATION, outcomeOf(second).outcome());
    }

    @Test
    void shouldJudgeALoneCitationByItsOffsetAlone() {
        assertEquals(Outcome.OTHER_PAGINATION, outcomeOf(cite(29, 70, 74, at(29, 93))).outcome());
        assertEquals(Outcome.PAGE_MISMATCH, outcomeOf(cite(27, 400, 400, at(27, 20))).outcome());
    }

    @Test
    void shouldTellVolumesMissingOrNotHoldingThePassage() {
        assertEquals(Outcome.VOLUME_UNAVAILABLE, outcomeOf(cite(35, 10, 10, null)).outcome());
        assertEquals(Outcome.NOT_IN_VOLUME, outcomeOf(cite(26, 10, 10, null)).outcome());
        Located elsewhere = new Located(new Claim(9, "Works", 27, List.of(new PageRange(5, 5)), null), null, at(29, 93));
        memoir.add(elsewhere);
        Check check = outcomeOf(elsewhere);
        assertEquals(Outcome.OTHER_VOLUME, check.outcome());
        assertEquals(29, check.found().volume());
    }

    @Test
    void shouldSayWhereTheWorksHoldAPassageCitedToAnotherSource() {
        Located miscellany = new Located(new Claim(1, "Lenin Miscellany", 24, List.of(new PageRange(44, 44)), null),
                null, at(27, 102));
        memoir.add(miscellany);
        Check check = outcomeOf(miscellany);
        assertEquals(Outcome.NOT_A_WORKS_CITATION, check.outcome());
        assertTrue(check.explanation().contains("Vol. 27, p. 102"), check.explanation());
    }
}
