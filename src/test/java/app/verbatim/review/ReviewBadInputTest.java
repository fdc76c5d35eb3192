package app.verbatim.review;

import static app.verbatim.review.Reviews.KEY;
import static app.verbatim.review.Reviews.TEXT;
import static app.verbatim.review.Reviews.addMemoir;
import static app.verbatim.review.Reviews.history;
import static app.verbatim.review.Reviews.patch;
import static app.verbatim.review.Reviews.quotationStarting;
import static app.verbatim.review.Reviews.slug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.verbatim.support.WritableCorpus;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Decisions that must be refused, each a 4xx problem naming the field, with nothing written. */
@QuarkusTest
@WithTestResource(WritableCorpus.class)
class ReviewBadInputTest {

    private static long quotation(String prefix) {
        return quotationStarting(addMemoir(slug(prefix), TEXT), "The guard at the Palace");
    }

    private static void refused(long id, Object body, int status, String field) {
        patch(id, body).statusCode(status).contentType("application/problem+json").body("field", equalTo(field));
        history(id).statusCode(200).body("changes", hasSize(0));
    }

    @Test
    void shouldRefuseAnUnknownField() {
        refused(quotation("unknown"), Map.of("speeker", "Lenin", "reason", "typo"), 400, "speeker");
    }

    @Test
    void shouldRefuseADecisionWithoutAReason() {
        refused(quotation("reason"), Map.of("speaker", "Lenin"), 400, "reason");
    }

    @Test
    void shouldRefuseAnExtentOutsideTheMemoir() {
        refused(quotation("extent"), Map.of("extent", Map.of("start", 10, "end", TEXT.length() + 50), "reason", "r"),
                400, "extent.end");
    }

    @Test
    void shouldRefuseAnEndBeforeTheStart() {
        refused(quotation("backwards"), Map.of("extent", Map.of("start", 40, "end", 20), "reason", "r"), 400, "extent.end");
    }

    @Test
    void shouldRefuseASpeakerLongerThanAName() {
        refused(quotation("long"), Map.of("speaker", "Lenin ".repeat(100), "reason", "pasted by mistake"), 400, "speaker");
    }

    @Test
    void shouldRefuseAWrongType() {
        refused(quotation("type"), Map.of("citation", Map.of("volume", "twenty-six"), "reason", "r"), 400, "citation.volume");
    }

    @Test
    void shouldRefuseAnUnknownStatus() {
        refused(quotation("status"), Map.of("status", "approved", "reason", "r"), 400, "status");
    }

    @Test
    void shouldAnswer404ForAnUnknownQuotation() {
        patch(987_654_321L, Map.of("status", "confirmed", "reason", "r")).statusCode(404)
                .contentType("application/problem+json");
        history(987_654_321L).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAMissingOrWrongKeyBeforeReadingTheBody() {
        long id = quotation("key");
        given().contentType(ContentType.JSON).body("{not json").patch("/api/v1/quotations/" + id).then()
                .statusCode(401).contentType("application/problem+json").body("field", equalTo("X-Admin-Key"));
        patch(id, "not-the-key", Map.of("status", "confirmed", "reason", "r")).statusCode(403)
                .contentType("application/problem+json");
        history(id).body("changes", hasSize(0));
    }

    @Test
    void shouldRefuseMalformedJsonAsAProblem() {
        long id = quotation("json");
        given().header("X-Admin-Key", KEY).contentType(ContentType.JSON).body("{\"reason\": ").patch("/api/v1/quotations/" + id)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseADecisionOnAStaleVersion() {
        long id = quotation("stale");
        patch(id, Map.of("speaker", "Lenin", "reason", "first", "version", 0)).statusCode(200).body("review.version", equalTo(1));
        patch(id, Map.of("speaker", "Trotsky", "reason", "second, read before the first", "version", 0)).statusCode(409)
                .contentType("application/problem+json").body("field", equalTo("version"));
        history(id).body("review.speaker", equalTo("Lenin"));
    }

    @Test
    void shouldNeverLoseOneOfTwoConcurrentDecisions() throws Exception {
        long id = quotation("concurrent");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(
                    () -> patch(id, Map.of("speaker", "Lenin", "reason", "a", "version", 0)).extract().statusCode(),
                    () -> patch(id, Map.of("kind", "WRITTEN", "reason", "b", "version", 0)).extract().statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(both)) {
                statuses.add(f.get());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses, "one decision applies, the other is told it came too late");
            history(id).body("review.version", equalTo(1));
        } finally {
            pool.shutdownNow();
        }
    }
}
