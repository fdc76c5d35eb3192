package app.verbatim.citation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.verbatim.support.WorksCorpus;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What the Works tell about memoir quotations (Vol. 26 loaded): words nobody is named for that the Works hold as
 * Lenin's own are his, and a lookup of a memoir's translation shows where the quotation was located.
 */
@QuarkusTest
@WithTestResource(WorksCorpus.class)
class WorksAttributionTest {

    /** Vol. 26, p. 289, Lenin's own words. */
    private static final String LENINS = "Account must be taken of every single article, every pound of grain, because "
            + "what socialism implies above all is keeping account of everything.";

    /** Vol. 26, p. 28: a committee's resolution that Lenin quotes. */
    private static final String QUOTED_BY_LENIN = "The Committee is convinced that civil war may sweep away all the gains "
            + "of the revolution and drown in rivers of blood our young, still unstable freedom.";

    private static final String TEXT = """
            That winter the same words went from hand to hand among the factory committees: "%s"

            Comrade Sokolov read them out to the meeting at the Putilov works: "%s"

            In the trains one heard it again and again: "Socialism cannot be decreed from above."

            In the trains one heard other words too: "%s"
            """.formatted(LENINS, LENINS, QUOTED_BY_LENIN);

    @Test
    void shouldGiveLeninOnlyTheUnattributedWordsTheWorksHoldAsHisOwn() {
        long memoir = given().header("X-Admin-Key", "test-admin-key").contentType(ContentType.JSON)
                .body(Map.of("author", "A. Witness", "title", "Factory Days",
                        "slug", "factory-days-" + UUID.randomUUID().toString().substring(0, 8), "text", TEXT))
                .post("/api/v1/memoirs").then().statusCode(201).extract().jsonPath().getLong("memoirId");

        JsonPath quotations = given().get("/api/v1/memoirs/{id}/quotations", memoir).then().statusCode(200)
                .body("items.size()", equalTo(4)).extract().jsonPath();
        List<Map<String, Object>> items = quotations.getList("items");

        // nobody named, and the Works hold the words as Lenin's: his, with where they stand, located like his others
        assertEquals("Lenin", items.get(0).get("speaker"));
        assertEquals(true, items.get(0).get("lenin"));
        assertTrue(quotations.getString("items[0].attribution.note").contains("Vol. 26, p. 289"),
                quotations.getString("items[0].attribution.note"));
        given().get("/api/v1/quotations/{id}", quotations.getLong("items[0].id")).then().statusCode(200)
                .body("works.volume", equalTo(26))
                .body("works.pages[0].first", equalTo(289));
        // a person the memoir names keeps the words he read out
        assertNotEquals("Lenin", items.get(1).get("speaker"));
        assertFalse((Boolean) items.get(1).get("lenin"));
        // too few words to say whose they are
        assertEquals("unknown", items.get(2).get("speaker"));
        // in the Works, but as the words of a committee Lenin quotes
        assertEquals("unknown", items.get(3).get("speaker"));
        assertFalse((Boolean) items.get(3).get("lenin"));
    }

    /** Vol. 26, p. 289 put otherwise, as a memoirist translating from the Russian might, cited to the Russian page. */
    private static final String RETRANSLATED = "Every article and every pood of corn must be registered, for socialism "
            + "is first and foremost a matter of keeping records of everything.";

    @Test
    void shouldShowWhereTheWorksHoldTheMemoirQuotationALookupMatches() {
        String text = "Ilyich put it plainly to the delegates: \"" + RETRANSLATED + "\" (Works, Vol. 26, p. 255.)\n";
        given().header("X-Admin-Key", "test-admin-key").contentType(ContentType.JSON)
                .body(Map.of("author", "A. Witness", "title", "Grain Days",
                        "slug", "grain-days-" + UUID.randomUUID().toString().substring(0, 8), "text", text))
                .post("/api/v1/memoirs").then().statusCode(201).body("leninQuotations", equalTo(1));

        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("text", RETRANSLATED, "limit", 10))
                .post("/api/v1/lookup").then().statusCode(200)
                .body("verdict", equalTo("VERIFIED"))
                .extract().jsonPath();
        List<Map<String, Object>> matches = answer.getList("matches");
        int memoir = -1;
        for (int i = 0; i < matches.size(); i++) {
            if ("MEMOIR".equals(matches.get(i).get("source")) && answer.getString("matches[" + i + "].text").contains("pood")) {
                memoir = i;
            }
        }
        assertTrue(memoir >= 0, "the memoir's quotation is among the matches: " + matches);
        // the search does not rank this translation; the place the memoir quotation was located at does show
        assertEquals(List.of("MEMOIR_QUOTATION"), answer.getList("matches.findAll { it.source == 'WORKS' }.works.locatedBy"));
        assertEquals("WORKS", answer.getString("matches[" + (memoir + 1) + "].source"));
        assertEquals(26, answer.getInt("matches[" + (memoir + 1) + "].works.volume"));
        assertEquals(289, answer.getInt("matches[" + (memoir + 1) + "].works.pages[0].first"));
        assertEquals(true, answer.getBoolean("matches[" + (memoir + 1) + "].lenin"));
        assertTrue(answer.getString("matches[" + (memoir + 1) + "].text").contains("keeping account of everything"));
    }
}
