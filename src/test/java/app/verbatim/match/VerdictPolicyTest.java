package app.verbatim.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import app.verbatim.match.VerdictPolicy.Verdict;
import org.junit.jupiter.api.Test;

class VerdictPolicyTest {

    private final VerdictPolicy policy = new VerdictPolicy();

    private static Match match(double score, boolean exact, boolean negation, double coverage, int words) {
        return new Match(score, 0, 10, List.of(), exact, negation, coverage, words);
    }

    @Test
    void exactLeninMatchIsVerified() {
        assertEquals(Verdict.VERIFIED, policy.decide(match(1.0, true, false, 1.0, 8), null));
    }

    @Test
    void exactLeninMatchWinsOverAnEquallyGoodNarrationMatch() {
        assertEquals(Verdict.VERIFIED, policy.decide(match(1.0, true, false, 1.0, 8), match(1.0, true, false, 1.0, 8)));
    }

    @Test
    void highScoringButInexactLeninMatchIsAVariant() {
        assertEquals(Verdict.VARIANT, policy.decide(match(0.98, false, false, 1.0, 8), null));
    }

    @Test
    void changedNegationIsNeverVerified() {
        assertEquals(Verdict.VARIANT, policy.decide(match(1.0, true, true, 1.0, 8), null));
    }

    @Test
    void shortGenericOverlapIsNotFound() {
        assertEquals(Verdict.NOT_FOUND, policy.decide(match(1.0, true, false, 1.0, 3), null));
    }

    @Test
    void lowCoverageIsNotFoundEvenWithManyMatchedWords() {
        assertEquals(Verdict.NOT_FOUND, policy.decide(match(0.75, false, false, 0.5, 10), null));
    }

    @Test
    void scoreBelowTheVariantThresholdIsNotFound() {
        assertEquals(Verdict.NOT_FOUND, policy.decide(match(0.65, false, false, 0.7, 10), match(0.3, false, false, 0.3, 4)));
    }

    @Test
    void someoneElsesWordsAreMisattributed() {
        assertEquals(Verdict.MISATTRIBUTED, policy.decide(null, match(1.0, true, false, 1.0, 12)));
        assertEquals(Verdict.MISATTRIBUTED, policy.decide(match(0.3, false, false, 0.3, 4), match(0.9, false, false, 0.9, 12)));
    }

    @Test
    void clearlyBetterNonLeninMatchBeatsAPartialLeninMatch() {
        assertEquals(Verdict.MISATTRIBUTED, policy.decide(match(0.72, false, false, 0.8, 8), match(1.0, true, false, 1.0, 10)));
    }

    @Test
    void nonLeninMatchThatIsNotClearlyBetterLeavesTheVariant() {
        assertEquals(Verdict.VARIANT, policy.decide(match(0.9, false, false, 1.0, 9), match(0.95, false, false, 1.0, 9)));
    }

    @Test
    void nothingRetrievedIsNotFound() {
        assertEquals(Verdict.NOT_FOUND, policy.decide(null, null));
    }
}
