package app.verbatim.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import app.verbatim.text.TextNormaliser;
import org.junit.jupiter.api.Test;

class CandidateScreenTest {

    static final String SUBMISSION = "Socialism cannot be built up by decrees from above";

    @Test
    void shouldPutThePassageHoldingTheWordsFirst() {
        List<StoredWords> passages = words(
                "The decrees of the Soviet power were published in every newspaper of the country.",
                "Socialism cannot be built up by decrees from above; living socialism is the creation of the masses.",
                "Above all, the masses were hungry.");
        assertEquals(1, new CandidateScreen(8).select(TextNormaliser.tokenize(SUBMISSION), passages).get(0));
    }

    @Test
    void shouldDropPassagesFarBehindTheBest() {
        List<StoredWords> passages = words(
                "Socialism cannot be built up by decrees from above.",
                "The weather in Petrograd was cold above the river.");
        assertEquals(List.of(0), new CandidateScreen(8).select(TextNormaliser.tokenize(SUBMISSION), passages));
    }

    @Test
    void shouldPassOnNoMoreThanItsLimit() {
        List<StoredWords> passages = words(SUBMISSION, SUBMISSION, SUBMISSION, SUBMISSION);
        assertEquals(2, new CandidateScreen(2).select(TextNormaliser.tokenize(SUBMISSION), passages).size());
    }

    @Test
    void shouldToleratePassagesSharingNothing() {
        assertTrue(new CandidateScreen(8).select(TextNormaliser.tokenize(SUBMISSION), words("Nothing in common here.")).isEmpty());
    }

    private static List<StoredWords> words(String... passages) {
        return Stream.of(passages).map(StoredWords::of).toList();
    }
}
