package app.verbatim.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import app.verbatim.match.VerdictPolicy.Verdict;

/** What a NOT_FOUND answer says was searched. */
class ExplanationsTest {

    @Test
    void volumesTheEditionLacksAreNotAvailable() {
        var searched = new LookupResult.Searched(true, 39, List.of(3, 4, 5, 35, 37, 39), false);
        assertEquals("Not in the memoirs, nor in the 39 available volumes of the Collected Works (volumes 3, 4, 5, 35,"
                + " 37, 39 are not available), or not close enough to anything there.",
                Explanations.of(Verdict.NOT_FOUND, List.of(), searched));
    }

    /** After a restart the index is rebuilt for some seconds: the volumes are not missing, only not searched yet. */
    @Test
    void whileTheWorksLoadTheAnswerSaysItMayChange() {
        List<Integer> notYet = IntStream.rangeClosed(12, 45).boxed().toList();
        var searched = new LookupResult.Searched(true, 11, notYet, true);
        String explanation = Explanations.of(Verdict.NOT_FOUND, List.of(), searched);
        assertEquals("Not in the memoirs, nor in the 11 volumes of the Collected Works loaded so far (the Works are"
                + " still loading; ask again in a minute: volumes 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,"
                + " 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45 not searched), or not"
                + " close enough to anything there.", explanation);
    }
}
