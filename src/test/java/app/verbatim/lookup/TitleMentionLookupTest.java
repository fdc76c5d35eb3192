package app.verbatim.lookup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;
import java.util.UUID;

import app.verbatim.support.WritableCorpus;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** A title a memoirist names in narration is the name of a work, not the memoirist's words. */
@QuarkusTest
@WithTestResource(WritableCorpus.class)
class TitleMentionLookupTest {

    private static final String TEXT = """
            That winter Ilyich was finishing his pamphlet The Lessons Of The Winter Campaign Among The Peasants, \
            and in the evenings he read us pages of it.

            At the conference he turned to the delegates: "The lessons of our winter campaign among the peasants are \
            simple: we must go to the villages ourselves."
            """;

    @Test
    void shouldNotTakeATitleNamedInNarrationForTheNarratorsWords() {
        String slug = "titles-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-Admin-Key", "test-admin-key").contentType(ContentType.JSON)
                .body(Map.of("author", "T. Teller", "title", "Winter Notes", "slug", slug, "text", TEXT))
                .post("/api/v1/memoirs").then().statusCode(201).body("leninQuotations", equalTo(1));

        given().contentType(ContentType.JSON).body(Map.of("text", "The lessons of the winter campaign among the peasants."))
                .post("/api/v1/lookup").then()
                .statusCode(200)
                .body("verdict", equalTo("VARIANT"))
                .body("matches[0].speaker", equalTo("Lenin"))
                .body("matches.text", everyItem(not(containsString("his pamphlet"))));
    }
}
