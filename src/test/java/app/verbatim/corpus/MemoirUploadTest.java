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

    /** A web page posted as a memoir, refused with a problem document naming what is wrong, and nothing stored. */
    private static void refusedPage(String contentType, byte[] body, String field) {
        int memoirs = count("/api/v1/memoirs?size=1");
        // no charset beside the type: a charset the request names outranks the page's own declaration
        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("X-Admin-Key", KEY).contentType(contentType).body(body)
                .queryParam("author", "H. Page").queryParam("title", "Hostile page " + UUID.randomUUID())
                .post("/api/v1/memoirs").then()
                .statusCode(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(400),
                        org.hamcrest.Matchers.lessThan(500)))
                .contentType("application/problem+json")
                .body("field", equalTo(field));
        org.junit.jupiter.api.Assertions.assertEquals(memoirs, count("/api/v1/memoirs?size=1"), "nothing stored");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void shouldRefuseAPageThatIsNothingButScriptsAndNavigation() {
        refusedPage("text/html", utf8("<html><head><script>alert('x')</script></head><body><nav>Home | Archive</nav>"
                + "<script>document.write('Ilyich said: \\u0022hello\\u0022')</script></body></html>"), "text");
    }

    @Test
    void shouldRefuseTenThousandNestedElements() {
        String page = "<html><body>" + "<div>".repeat(10_000) + "Ilyich said: \"We shall win.\"" + "</div>".repeat(10_000)
                + "</body></html>";
        refusedPage("text/html", utf8(page), "text");
    }

    @Test
    void shouldRefuseAPageWhoseCharsetDeclarationItsBytesBelie() {
        byte[] latin1 = "<html><head><meta charset=\"utf-8\"></head><body><p>Ilyich said: \"Caf\u00e9 d\u00e9j\u00e0 vu, na\u00efve r\u00e9sum\u00e9.\"</p></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        refusedPage("text/html", latin1, "text");
    }

    @Test
    void shouldRefuseABinaryFileLabelledAsAWebPage() {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        binary[0] = (byte) 0x89;
        binary[1] = 'P';
        binary[2] = 'N';
        binary[3] = 'G';
        refusedPage("text/html", binary, "text");
    }

    @Test
    void shouldRefuseAPageEmptyAfterCleaning() {
        refusedPage("application/xhtml+xml", utf8("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>x</title></head><body><div class=\"header\"></div><p>   </p></body></html>"), "text");
    }
}
