package app.verbatim.corpus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import app.verbatim.support.WritableCorpus;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * README's quick start, as a newcomer follows it: the sample memoirs in examples/ go in by each of the three forms
 * and yield what README shows (one Lenin quotation with its citation, the others' words as theirs).
 */
@QuarkusTest
@WithTestResource(WritableCorpus.class)
class ExampleMemoirsTest {

    static final String KEY = "test-admin-key";

    /** A title of its own per test: the corpus is shared by the tests of this resource. */
    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldReadTheSampleTextMemoirAsReadmeShowsIt() throws IOException {
        int id = given().header("X-Admin-Key", KEY).contentType("text/plain; charset=UTF-8")
                .queryParam("author", "A. Delegate").queryParam("title", unique("The First Winter at Smolny"))
                .body(Files.readString(Path.of("examples/smolny-memoir.txt")))
                .post("/api/v1/memoirs").then()
                .statusCode(201)
                .body("quotations", equalTo(2))
                .body("leninQuotations", equalTo(1))
                .body("uncertainAttributions", equalTo(0))
                .body("citationsPerVolume", equalTo(Map.of("26", 1)))
                .extract().path("memoirId");
        given().get("/api/v1/memoirs/" + id + "/quotations").then()
                .statusCode(200)
                .body("items[0].speaker", equalTo("Lenin"))
                .body("items[0].text", startsWith("Socialism cannot be decreed from above."))
                .body("items[0].citation.display", equalTo("Works, Vol. 26, p. 289"))
                .body("items[1].speaker", equalTo("Kuzmin"));
    }

    @Test
    void shouldReadTheSampleWebPageMemoirAsReadmeShowsIt() throws IOException {
        given().header("X-Admin-Key", KEY).contentType("text/html")
                .queryParam("author", "A. Delegate").queryParam("slug", "kashino-" + UUID.randomUUID().toString().substring(0, 8))
                .body(Files.readAllBytes(Path.of("examples/kashino-memoir.html")))
                .post("/api/v1/memoirs").then()
                .statusCode(201)
                .body("quotations", equalTo(1))
                .body("leninQuotations", equalTo(1))
                .body("uncertainAttributions", equalTo(0))
                .body("citationsPerVolume", equalTo(Map.of("31", 1)));
    }

    @Test
    void shouldTakeReadmesJsonExample() {
        given().header("X-Admin-Key", KEY).contentType(ContentType.JSON)
                .body(Map.of("author", "A. Delegate", "title", unique("The First Winter at Smolny"), "part", "Postscript",
                        "text", "Years later Ilyich said to me: \"Creative activity at the grass roots is the basic factor"
                                + " of the new public life.\" (Works, Vol. 26, pp. 288-89.)"))
                .post("/api/v1/memoirs").then()
                .statusCode(201)
                .body("leninQuotations", equalTo(1))
                .body("citationsPerVolume", equalTo(Map.of("26", 1)));
    }
}
