package app.verbatim.editor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.verbatim.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The LanguageTool HTTP API as editor plugins call it. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LanguageToolApiTest {

    static final String TEXT = "He said \"The capitalists will sell us the rope with which we will hang them\". "
            + "And: \"At such dizzy sped, in a few weeks, from October 25, 1917, to the Brest Peace, we built up the Soviet state.\"";

    @Test
    void shouldReadAFormBodyLabelledJsonAsLtexLsSendsIt() {
        JsonPath answer = given().contentType("application/json")
                .body("language=en-US&text=" + java.net.URLEncoder.encode(TEXT, java.nio.charset.StandardCharsets.UTF_8))
                .post("/v2/check").then().statusCode(200)
                .body("software.name", equalTo("Verbatim"))
                .body("language.code", equalTo("en-US"))
                .body("matches.rule.id", hasItem("QUOTE_NOT_FOUND"))
                .body("matches.rule.id", hasItem("QUOTE_MISQUOTED"))
                .body("matches.rule.category.id", everyItem(equalTo("VERBATIM_QUOTATIONS")))
                .body("matches.rule.issueType", everyItem(not(equalTo("misspelling"))))
                .body("matches.sentence", everyItem(notNullValue()))
                .extract().jsonPath();
        int offset = answer.getInt("matches.find { it.rule.id == 'QUOTE_NOT_FOUND' }.offset");
        int length = answer.getInt("matches.find { it.rule.id == 'QUOTE_NOT_FOUND' }.length");
        assertEquals("The capitalists will sell us the rope with which we will hang them", TEXT.substring(offset, offset + length));
        String misquoted = "matches.find { it.rule.id == 'QUOTE_MISQUOTED' }";
        assertEquals("At such dizzy speed, in a few weeks, from October 25, 1917, to the Brest Peace, we built up the Soviet state",
                answer.getString(misquoted + ".replacements[0].value"));
        assertEquals(answer.getString(misquoted + ".replacements[0].value") + " (Lenin, Works, Vol. 33, pp. 91-92)",
                answer.getString(misquoted + ".replacements[1].value"));
        org.junit.jupiter.api.Assertions.assertTrue(answer.getString(misquoted + ".rule.urls[0].value").contains("#/quotation/"));
        org.junit.jupiter.api.Assertions.assertTrue(answer.getString(misquoted + ".message").contains("Krupskaya"));
    }

    @Test
    void shouldReportACitationOfAnotherPageAndOfferTheEnglishVolumesPage() {
        String draft = "Lenin wrote: \"Socialism cannot be decreed from above.\" (Works, Vol. 26, p. 255.) It was 1917.";
        JsonPath answer = given().formParam("text", draft).formParam("language", "en-US")
                .post("/v2/check").then().statusCode(200)
                .body("matches.rule.id", hasItem("QUOTE_CITATION_WRONG_PAGE"))
                .extract().jsonPath();
        String wrong = "matches.find { it.rule.id == 'QUOTE_CITATION_WRONG_PAGE' }";
        int offset = answer.getInt(wrong + ".offset");
        assertEquals("(Works, Vol. 26, p. 255.)", draft.substring(offset, offset + answer.getInt(wrong + ".length")));
        assertEquals("(Collected Works, 4th English edition, Moscow: Progress Publishers, Vol. 26, p. 289)",
                answer.getString(wrong + ".replacements[0].value"));
        org.junit.jupiter.api.Assertions.assertTrue(answer.getString(wrong + ".message").contains("p. 289"),
                answer.getString(wrong + ".message"));
    }

    @Test
    void shouldNotReportACitationOfTheRightEnglishPage() {
        String draft = "Lenin wrote: \"Socialism cannot be decreed from above.\" (Works, Vol. 26, p. 289.) It was 1917.";
        given().formParam("text", draft).formParam("language", "en-US")
                .post("/v2/check").then().statusCode(200)
                .body("matches.rule.id", not(hasItem("QUOTE_CITATION_WRONG_PAGE")));
    }

    @Test
    void shouldAnswerAProperFormPostOnTheAlias() {
        given().formParam("text", TEXT).formParam("language", "auto").formParam("motherTongue", "de").formParam("enabledOnly", "false")
                .post("/check").then().statusCode(200)
                .body("matches.rule.id", hasItem("QUOTE_NOT_FOUND"));
    }

    @Test
    void shouldPointIntoTheOriginalTextForAnnotatedData() {
        String data = "{\"annotation\":[{\"markup\":\"<p><b>\"},{\"text\":\"Lenin said \\\"The capitalists will sell us the rope with which we will hang them\\\".\"},{\"markup\":\"</b></p>\",\"interpretAs\":\"\\n\\n\"}]}";
        JsonPath answer = given().formParam("data", data).formParam("language", "en-US").post("/v2/check").then()
                .statusCode(200).extract().jsonPath();
        String original = "<p><b>Lenin said \"The capitalists will sell us the rope with which we will hang them\".</b></p>";
        int offset = answer.getInt("matches[0].offset");
        assertEquals("The capitalists", original.substring(offset, offset + "The capitalists".length()));
    }

    @Test
    void shouldAnswer200WithNoMatchesWhenNothingIsWrong() {
        given().formParam("text", "A plain sentence with nothing quoted in it.").formParam("language", "en-US")
                .post("/v2/check").then().statusCode(200).body("matches", empty());
    }

    @Test
    void shouldRefuseTextAndDataTogether() {
        given().formParam("text", "a b c").formParam("data", "{}").post("/v2/check").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldListItsLanguagesAndAnswerHealthchecks() {
        given().get("/v2/languages").then().statusCode(200).body("longCode", hasItem("en-US"));
        given().get("/v2/healthcheck").then().statusCode(200).body(containsString("OK"));
    }
}
