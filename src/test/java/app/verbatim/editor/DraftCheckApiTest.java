package app.verbatim.editor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import app.verbatim.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class DraftCheckApiTest {

    static final String DRAFT = """
            🙂 A chapter draft. Lenin was blunt: "Socialism cannot be built up by decrees from above."
            Others remember him saying «The capitalists will sell us the rope with which we will hang them».
            > At such dizzy speed, in a few weeks, from October 25, 1917, to the Brest Peace,
            > we built up the Soviet state
            Lenin wrote that we must be watchful and guard like the apple of the eye your land, grain, factories.
            """;

    static JsonPath check(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/v1/check")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldFindEveryQuotationWithUtf16OffsetsAndVerdicts() {
        JsonPath answer = check(DRAFT);
        List<Map<String, Object>> items = answer.getList("quotations");
        assertEquals(List.of("STRAIGHT", "GUILLEMETS", "BLOCK", "REPORTED"), answer.getList("quotations.form"));
        for (Map<String, Object> item : items) {
            int offset = (Integer) item.get("offset");
            int length = (Integer) item.get("length");
            assertEquals(item.get("text"), DRAFT.substring(offset, offset + length), "offsets count UTF-16 units");
        }
        assertEquals(List.of("VERIFIED", "NOT_FOUND", "VERIFIED"), answer.getList("quotations.verdict").subList(0, 3));
        assertEquals("Works, Vol. 33, pp. 91-92", answer.getString("quotations[2].match.citation.display"));
    }

    @Test
    void shouldSuggestACitationAsTextAndAsCslJson() {
        JsonPath answer = check("He insisted: \"Socialism cannot be built up by decrees from above.\"");
        assertEquals("Lenin, Works, Vol. 26, p. 255; quoted in N. K. Krupskaya, Reminiscences of Lenin, "
                + "\"From the October Revolution to the Peace of Brest\"", answer.getString("quotations[0].suggestedCitation.display"));
        assertEquals("Reminiscences of Lenin", answer.getString("quotations[0].suggestedCitation.csl.container-title"));
        assertEquals("Krupskaya", answer.getString("quotations[0].suggestedCitation.csl.author[0].family"));
    }

    @Test
    void shouldAnswerADraftWithoutQuotationsWithAnEmptyList() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Nothing quoted here, only a plain paragraph."))
                .post("/api/v1/check").then().statusCode(200).body("quotations", empty());
        given().contentType(ContentType.JSON).body(Map.of("text", "")).post("/api/v1/check").then()
                .statusCode(200).body("quotations", empty());
    }

    @Test
    void shouldRefuseADraftOverTheLimit() {
        given().contentType(ContentType.JSON).body(Map.of("text", "x".repeat(200_001))).post("/api/v1/check").then()
                .statusCode(413).contentType("application/problem+json").body("field", equalTo("text"));
    }

    @Test
    void shouldRefuseABodyWithoutText() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/check").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("text"));
    }
}
