package app.verbatim.editor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.verbatim.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Browser-based editors (Obsidian from app://obsidian.md) call the service directly. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CorsTest {

    static final String OBSIDIAN = "app://obsidian.md";

    @Test
    void shouldAnswerAPreflightFromObsidian() {
        given().header("Origin", OBSIDIAN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/v2/check").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(OBSIDIAN))
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void shouldSendTheHeaderOnAnswersAndOnErrors() {
        given().header("Origin", OBSIDIAN).formParam("text", "Nothing quoted.").post("/v2/check").then()
                .statusCode(200).header("Access-Control-Allow-Origin", equalTo(OBSIDIAN));
        given().header("Origin", OBSIDIAN).contentType("application/json").body("{\"text\": \" \"}").post("/api/v1/lookup").then()
                .statusCode(400).header("Access-Control-Allow-Origin", equalTo(OBSIDIAN));
    }

    @Test
    void shouldAllowEveryBrowserExtensionAsTheLanguageToolAddOnRuns() {
        for (String extension : new String[] {"chrome-extension://oldceeleldhonbafppcapldpdifcinji",
                "moz-extension://0b8f2f7e-1c59-4d7b-9f56-4a6c2c9f8f1e"}) {
            given().header("Origin", extension).formParam("text", "Nothing quoted.").post("/v2/check").then()
                    .statusCode(200).header("Access-Control-Allow-Origin", equalTo(extension));
        }
        given().header("Origin", "chrome-extension://evil.example.com").formParam("text", "Nothing quoted.").post("/v2/check")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldNotAllowAnOriginThatIsNotConfigured() {
        given().header("Origin", "https://elsewhere.example").formParam("text", "Nothing quoted.").post("/v2/check").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
