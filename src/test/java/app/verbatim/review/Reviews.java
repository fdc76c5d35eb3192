package app.verbatim.review;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** What the review tests do over HTTP: add a memoir, read its quotations, decide about one, look a text up. */
final class Reviews {

    static final String KEY = "test-admin-key";
    static final String ALICE = "test-alice-key";

    /**
     * Four quotations: Lenin's with a citation (certain), Podvoisky's (certain), an unnamed voice's (confidence 0.2)
     * and words "he wrote" resolved to Podvoisky (0.75).
     */
    static final String TEXT = """
            In the evening Ilyich said to me: "We must first of all organise the accounting and control of production." (Works, Vol. 26, p. 101.)
            Then Podvoisky exclaimed: "The guard at the Palace is doubled tonight and nobody sleeps."
            Somebody at the back called out: "Bread for the workers of Petrograd before anything else is decided here."
            He wrote: "The state is an organ of class rule, the oppression of one class by another."
            """;

    private Reviews() {
    }

    static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Adds a memoir; answers its id. */
    static long addMemoir(String slug, String text) {
        return given().header("X-Admin-Key", KEY).contentType(ContentType.JSON)
                .body(Map.of("author", "A. Tester", "title", "Notes " + slug, "slug", slug, "text", text))
                .post("/api/v1/memoirs").then().statusCode(201)
                .extract().jsonPath().getLong("memoirId");
    }

    static List<Map<String, Object>> quotations(long memoirId) {
        return given().get("/api/v1/memoirs/" + memoirId + "/quotations").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /** The id of the memoir's quotation whose text starts so. */
    static long quotationStarting(long memoirId, String start) {
        return quotations(memoirId).stream()
                .filter(q -> ((String) q.get("text")).startsWith(start))
                .map(q -> ((Number) q.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no quotation starting '" + start + "' in memoir " + memoirId));
    }

    static ValidatableResponse patch(long quotationId, Object body) {
        return patch(quotationId, KEY, body);
    }

    static ValidatableResponse patch(long quotationId, String key, Object body) {
        return given().header("X-Admin-Key", key).contentType(ContentType.JSON).body(body)
                .patch("/api/v1/quotations/" + quotationId).then();
    }

    /** The quotation as the API now shows it; it must be there. */
    static ValidatableResponse quotation(long quotationId) {
        return given().get("/api/v1/quotations/" + quotationId).then().statusCode(200);
    }

    static ValidatableResponse history(long quotationId) {
        return given().get("/api/v1/quotations/" + quotationId + "/history").then();
    }

    static ValidatableResponse lookup(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "limit", 5))
                .post("/api/v1/lookup").then().statusCode(200);
    }

    static ValidatableResponse queue(long memoirId) {
        return given().queryParam("memoir", memoirId).get("/api/v1/review").then().statusCode(200);
    }
}
