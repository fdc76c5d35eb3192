package app.verbatim.duplicates;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import app.verbatim.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * A duplicate's differences compare two stored wordings, neither of them submitted: each side is named for what it
 * is ({@code wording}: this quotation's words, {@code reference}: the words it is compared with), and holds words of
 * that text, never of the other.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DuplicateWordingTest {

    private static final Set<String> STEP_KEYS = Set.of("op", "wording", "reference");

    @Test
    void shouldLabelADuplicatesWordsAsItsWordingAndTheMatchsAsTheReference() {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Socialism cannot be built up by decrees from above"))
                .post("/api/v1/lookup").then().statusCode(200).extract().jsonPath();
        String match = answer.getString("matches[0].text");
        List<Map<String, Object>> duplicates = answer.getList("matches[0].duplicates");
        assertFalse(duplicates.isEmpty(), "the passage is quoted twice");
        boolean sawADifference = false;
        for (Map<String, Object> duplicate : duplicates) {
            sawADifference |= holdEachSidesOwnWords(steps(duplicate.get("differences")), (String) duplicate.get("text"), match);
        }
        assertTrue(sawADifference, "no duplicate words its passage differently: the labels were not put to the test");
    }

    @Test
    void shouldLabelAClusterMembersWordsAsItsWordingAndThePassageAsTheReference() {
        List<Long> ids = given().get("/api/v1/duplicates?size=200").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        boolean sawADifference = false;
        for (long id : ids) {
            JsonPath cluster = given().get("/api/v1/duplicates/" + id).then().statusCode(200).extract().jsonPath();
            String passage = cluster.getString("passage");
            List<Map<String, Object>> members = cluster.getList("members");
            for (Map<String, Object> member : members) {
                @SuppressWarnings("unchecked")
                String text = (String) ((Map<String, Object>) member.get("quotation")).get("text");
                sawADifference |= holdEachSidesOwnWords(steps(member.get("differences")), text, passage);
            }
        }
        assertTrue(sawADifference, "no member words its cluster's passage differently: the labels were not put to the test");
    }

    /**
     * Every step names its sides wording and reference; the words on each side are words of that side's text.
     * Answers whether a side held a word the other text lacks, which only a correct labelling passes.
     */
    private static boolean holdEachSidesOwnWords(List<Map<String, Object>> steps, String wording, String reference) {
        Set<String> wordingWords = words(wording);
        Set<String> referenceWords = words(reference);
        boolean telling = false;
        for (Map<String, Object> step : steps) {
            assertTrue(STEP_KEYS.containsAll(step.keySet()), "a step of two stored wordings names its sides: " + step);
            for (String w : words((String) step.get("wording"))) {
                assertTrue(wordingWords.contains(w), "'" + w + "' is labelled the quotation's wording but is not in: " + wording);
                telling |= !referenceWords.contains(w);
            }
            for (String w : words((String) step.get("reference"))) {
                assertTrue(referenceWords.contains(w), "'" + w + "' is labelled the reference but is not in: " + reference);
                telling |= !wordingWords.contains(w);
            }
        }
        return telling;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Object differences) {
        return (List<Map<String, Object>>) Objects.requireNonNull(differences, "differences");
    }

    private static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }
}
