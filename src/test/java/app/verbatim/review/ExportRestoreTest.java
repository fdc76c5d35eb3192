package app.verbatim.review;

import static app.verbatim.review.Reviews.KEY;
import static app.verbatim.review.Reviews.TEXT;
import static app.verbatim.review.Reviews.addMemoir;
import static app.verbatim.review.Reviews.history;
import static app.verbatim.review.Reviews.patch;
import static app.verbatim.review.Reviews.quotationStarting;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import app.verbatim.corpus.CorpusImporter;
import app.verbatim.corpus.Memoir;
import app.verbatim.corpus.MemoirSource;
import app.verbatim.support.WritableCorpus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * Export and restore over HTTP, in a database of its own (no other test's memoirs): one test, because its steps
 * build on each other, from a curated corpus to an empty database and back.
 */
@QuarkusTest
@WithTestResource(ExportRestoreTest.OwnCorpus.class)
class ExportRestoreTest {

    /** A writable database no other test class shares: this test empties it. */
    public static class OwnCorpus extends WritableCorpus {
    }

    @Inject
    EntityManager em;
    @Inject
    CorpusImporter importer;

    private static String export() {
        return given().header("X-Admin-Key", KEY).get("/api/v1/export").then().statusCode(200)
                .contentType(startsWith("application/x-ndjson"))
                .extract().asString();
    }

    private static io.restassured.response.ValidatableResponse restore(String lines) {
        return given().header("X-Admin-Key", KEY).contentType("application/x-ndjson")
                .body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/import").then();
    }

    /** What a fresh instance has: the schema, no memoirs, no reviews. */
    private void empty() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM review_change").executeUpdate();
            em.createNativeQuery("DELETE FROM review").executeUpdate();
            em.createNativeQuery("DELETE FROM memoir").executeUpdate();
        });
    }

    @Test
    void shouldRestoreAnExportIntoAnEmptyDatabaseAndExportTheSameLines() {
        String slug = "export-a";
        long memoir = addMemoir(slug, TEXT);
        long other = addMemoir("export-b", "Lunacharsky recalled: \"We argued about the theatre until the lamps went out.\"\n");
        patch(quotationStarting(memoir, "We must first"), Map.of("issuingBody", "Council of People's Commissars",
                "citation", Map.of("volume", 27, "pages", List.of(Map.of("first", 254, "last", 255))), "reason", "a decree"))
                .statusCode(200);
        patch(quotationStarting(memoir, "Bread for the workers"), Reviews.ALICE,
                Map.of("status", "rejected", "reason", "a placard")).statusCode(200);
        patch(quotationStarting(memoir, "The state is an organ"), Map.of("status", "confirmed", "reason", "checked"))
                .statusCode(200);
        patch(quotationStarting(other, "We argued"), Map.of("kind", "WRITTEN", "reason", "from his diary")).statusCode(200);
        // an orphaned review: its passage left the text at a re-import
        long guard = quotationStarting(memoir, "The guard at the Palace");
        patch(guard, Map.of("speaker", "Antonov-Ovseenko", "reason", "named later")).statusCode(200);
        String without = TEXT.replace("Then Podvoisky exclaimed: \"The guard at the Palace is doubled tonight and nobody sleeps.\"\n", "");
        QuarkusTransaction.requiringNew().run(() -> importer.importMemoir(
                new MemoirSource(slug, "A. Tester", "Notes " + slug, null, null, without), Memoir.Origin.USER, true));
        history(guard).body("review.orphaned", equalTo(true));

        String first = export();
        List<String> lines = first.lines().toList();
        assertTrue(lines.get(0).contains("\"format\":\"verbatim-export\""), lines.get(0));
        assertEquals(2, lines.stream().filter(l -> l.startsWith("{\"type\":\"memoir\"")).count());
        assertEquals(5, lines.stream().filter(l -> l.contains("\"uid\"")).count(), "every review, orphaned and rejected too");
        assertTrue(first.contains("\"by\":\"alice\"") && !first.contains(Reviews.ALICE), "key names, never keys");

        empty();
        assertEquals(1, export().lines().count(), "the database is empty: a header only");

        restore(first).statusCode(200)
                .body("memoirs", equalTo(2)).body("memoirsImported", equalTo(2))
                .body("reviews", equalTo(5)).body("reviewsChanged", equalTo(5));
        assertEquals(first, export(), "a restore into an empty database exports the same lines");
        // and the restored decisions are in force: the rejected quotation is not among the memoir's quotations
        long restored = given().get("/api/v1/memoirs?size=50").then().extract().jsonPath()
                .getLong("items.find { it.slug == 'export-a' }.id");
        assertTrue(Reviews.quotations(restored).stream().noneMatch(q -> ((String) q.get("text")).startsWith("Bread")));
        given().get("/api/v1/quotations/" + quotationStarting(restored, "We must first")).then()
                .body("issuingBody", equalTo("Council of People's Commissars"))
                .body("citation.volume", equalTo(27));

        restore(first).statusCode(200).body("memoirsImported", equalTo(0)).body("reviewsChanged", equalTo(0));
        assertEquals(first, export(), "restoring twice changes nothing");
    }

    @Test
    void shouldRefuseABadLineNamingItAndStoreNothing() {
        addMemoir("bad-line", TEXT);
        String before = export();
        // the memoir again under another slug, valid, and a last line that is not: nothing of it may be stored
        List<String> copy = before.lines().filter(l -> l.contains("\"bad-line\"")).map(l -> l.replace("\"bad-line\"", "\"bad-line-copy\""))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        int last = copy.size() - 1;
        copy.set(last, copy.get(last).replace("\"kind\":\"", "\"kind\":\"SUNG"));
        String broken = before + String.join("\n", copy) + "\n";
        int badLine = (int) broken.lines().count();
        assertTrue(broken.contains("SUNG"));
        restore(broken).statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("line " + badLine));
        assertEquals(before, export());

        restore("{\"type\":\"memoir\"}\n").statusCode(400).body("field", equalTo("line 1"));
        restore(before.replace("\"textHash\":\"", "\"textHash\":\"0")).statusCode(400).body("field", equalTo("line 2"));
        given().contentType("application/x-ndjson").body(before.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/import").then().statusCode(401);
        assertEquals(before, export());
    }
}
