package app.verbatim.corpus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import app.verbatim.support.WritableCorpus;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(WritableCorpus.class)
class MemoirUploadTest {

    static final String KEY = "test-admin-key";
    static final String TEXT = """
            In the evening Ilyich said to me: "We must first of all organise the accounting and control of production." \
            (Works, Vol. 26, p. 101.)
            Then Podvoisky exclaimed: "The guard at the Palace is doubled tonight and nobody sleeps."
            """;

    static Map<String, Object> memoir(String slug, String text) {
        return Map.of("author", "A. Tester", "title", "Notes on Smolny", "part", "Chapter One", "slug", slug, "text", text);
    }

    static int count(String path) {
        return given().get(path).then().statusCode(200).extract().path("total");
    }

    @Test
    void shouldExtractAndStoreAnUploadedMemoir() {
        String slug = "tester-" + UUID.randomUUID().toString().substring(0, 8);
        int id = given().header("X-Admin-Key", KEY).contentType(ContentType.JSON).body(memoir(slug, TEXT))
                .post("/api/v1/memoirs").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/memoirs/"))
                .body("outcome", equalTo("CREATED"))
                .body("quotations", equalTo(2))
                .body("leninQuotations", equalTo(1))
                .body("citationsPerVolume.26", equalTo(1))
                .extract().path("memoirId");
        given().get("/api/v1/memoirs/" + id + "/quotations").then()
                .statusCode(200)
                .body("items[0].speaker", equalTo("Lenin"))
                .body("items[0].text", startsWith("We must first of all organise"))
                .body("items[0].citation.display", equalTo("Works, Vol. 26, p. 101"))
                .body("items[1].speaker", equalTo("Podvoisky"));
    }

    @Test
    void shouldAcceptAPlainTextBodyWithFactsInTheQuery() {
        given().header("X-Admin-Key", KEY).contentType("text/plain; charset=UTF-8").body(TEXT)
                .queryParam("author", "B. Plain").queryParam("title", "Plain Notes " + UUID.randomUUID())
                .post("/api/v1/memoirs").then()
                .statusCode(201)
                .body("slug", startsWith("b-plain-plain-notes"))
                .body("leninQuotations", equalTo(1));
    }

    @Test
    void shouldAnswerTheSameTextTwiceWithoutStoringItTwice() {
        String slug = "twice-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("X-Admin-Key", KEY).contentType(ContentType.JSON).body(memoir(slug, TEXT)).post("/api/v1/memoirs")
                .then().statusCode(201);
        int before = count("/api/v1/quotations?size=1");
        given().header("X-Admin-Key", KEY).contentType(ContentType.JSON).body(memoir(slug, TEXT)).post("/api/v1/memoirs")
                .then().statusCode(200).body("outcome", equalTo("UNCHANGED"));
        given().get("/api/v1/quotations?size=1").then().body("total", equalTo(before));
    }

    @Test
    void shouldRefuseADifferentTextUnderATakenSlugAndKeepTheStoredOne() {
        String slug = "taken-" + UUID.randomUUID().toString().substring(0, 8);
        int id = given().header("X-Admin-Key", KEY).contentType(ContentType.JSON).body(memoir(slug, TEXT))
                .post("/api/v1/memoirs").then().statusCode(201).extract().path("memoirId");
        given().header("X-Admin-Key", KEY).contentType(ContentType.JSON).body(memoir(slug, "Ilyich said: \"Something else entirely, comrades.\""))
                .post("/api/v1/memoirs").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("field", equalTo("slug"));
        given().get("/api/v1/memoirs/" + id + "/quotations").then().body("total", equalTo(2));
    }

    @Test
    void shouldRequireTheAdminKeyToWrite() {
        given().contentType(ContentType.JSON).body(memoir("no-key", TEXT)).post("/api/v1/memoirs").then()
                .statusCode(401).contentType("application/problem+json").body("field", equalTo("X-Admin-Key"));
        given().header("X-Admin-Key", "test-admin-kez").contentType(ContentType.JSON).body(memoir("bad-key", TEXT))
                .post("/api/v1/memoirs").then()
                .statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/memoirs?size=200").then().body("items.slug", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("no-key")));
    }

    @Test
    void shouldNameTheMissingFieldOfAnInvalidMemoir() {
        given().header("X-Admin-Key", KEY).contentType(ContentType.JSON)
                .body(Map.of("title", "No Author", "text", "Ilyich said: \"Comrades, forward.\""))
                .post("/api/v1/memoirs").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("author"))
                .body("status", equalTo(400));
    }

    @Test
    void shouldRejectMalformedJson() {
        given().header("X-Admin-Key", KEY).contentType(ContentType.JSON).body("{\"author\": \"x\", ")
                .post("/api/v1/memoirs").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRejectAnUnsupportedMediaType() {
        given().header("X-Admin-Key", KEY).contentType("application/xml").body("<memoir/>")
                .post("/api/v1/memoirs").then()
                .statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldRejectATextOverTheConfiguredLimitAndStoreNothing() {
        int before = given().get("/api/v1/memoirs?size=1").then().extract().path("total");
        String huge = "Ilyich said: \"Forward.\" ".repeat(200_000 / 24 + 10);
        given().header("X-Admin-Key", KEY).contentType(ContentType.JSON).body(memoir("huge-" + UUID.randomUUID().toString().substring(0, 8), huge))
                .post("/api/v1/memoirs").then()
                .statusCode(413).contentType("application/problem+json").body("field", equalTo("text"));
        given().get("/api/v1/memoirs?size=1").then().body("total", equalTo(before));
    }

    @Test
    void shouldRejectNulCharactersInAMemoirAndStoreNothing() {
        int before = given().get("/api/v1/memoirs?size=1").then().extract().path("total");
        given().header("X-Admin-Key", KEY).contentType(ContentType.JSON).body(memoir("nul-" + UUID.randomUUID().toString().substring(0, 8), "Ilyich said: \"A\u0000B is here now.\""))
                .post("/api/v1/memoirs").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("text"));
        given().get("/api/v1/memoirs?size=1").then().body("total", equalTo(before));
    }
}
