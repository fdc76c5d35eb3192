package app.verbatim.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CandidateScreenTest {

    static final String SUBMISSION = "Socialism cannot be built up by decrees from above";

    @Test
    void shouldPutThePassageHoldingTheWordsFirst() {
        List<String> passages = List.of(
                "The decrees of the Soviet power were published in every newspaper of the country.",
                "Socialism cannot be built up by decrees from above; living socialism is the creation of the masses.",
                "Above all, the masses were hungry.");
        assertEquals(1, new CandidateScreen(8).select(SUBMISSION, passages).get(0));
    }

    @Test
    void shouldDropPassagesFarBehindTheBest() {
        List<String> passages = List.of(
                "Socialism cannot be built up by decrees from above.",
                "The weather in Petrograd was cold above the river.");
        assertEquals(List.of(0), new CandidateScreen(8).select(SUBMISSION, passages));
    }

    @Test
    void shouldPassOnNoMoreThanItsLimit() {
        List<String> passages = List.of(SUBMISSION, SUBMISSION, SUBMISSION, SUBMISSION);
        assertEquals(2, new CandidateScreen(2).select(SUBMISSION, passages).size());
    }

    @Test
    void shouldToleratePassagesSharingNothing() {
        assertTrue(new CandidateScreen(8).select(SUBMISSION, List.of("Nothing in common here.")).isEmpty());
    }
}
