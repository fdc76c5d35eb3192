package app.verbatim.review;

import static app.verbatim.review.Reviews.TEXT;
import static app.verbatim.review.Reviews.addMemoir;
import static app.verbatim.review.Reviews.history;
import static app.verbatim.review.Reviews.patch;
import static app.verbatim.review.Reviews.quotation;
import static app.verbatim.review.Reviews.quotationStarting;
import static app.verbatim.review.Reviews.quotations;
import static app.verbatim.review.Reviews.slug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import app.verbatim.corpus.CorpusImporter;
import app.verbatim.corpus.ImportSummary;
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
 * Reviews outlive re-imports, which happen at start when a bundled text or the extraction changed (the API refuses
 * to replace a memoir): the importer is called here as the start does, and everything else is read over HTTP.
 */
@QuarkusTest
@WithTestResource(WritableCorpus.class)
class ReviewReimportTest {

    @Inject
    CorpusImporter importer;
    @Inject
    EntityManager em;

    /**
     * In a transaction of its own, as at start: the test method's request context would otherwise keep the memoir
     * the previous import read, and take a changed text for an unchanged one.
     */
    private ImportSummary reimport(String slug, String text) {
        return QuarkusTransaction.requiringNew().call(() -> importer.importMemoir(
                new MemoirSource(slug, "A. Tester", "Notes " + slug, null, null, text), Memoir.Origin.USER, true));
    }

    @Test
    void shouldKeepAReviewWhenTheTextChangesAroundItsPassage() {
        String slug = slug("moved");
        long memoir = addMemoir(slug, TEXT);
        long id = quotationStarting(memoir, "The guard at the Palace");
        patch(id, Map.of("speaker", "Antonov-Ovseenko", "reason", "the next page names him")).statusCode(200);

        String preface = "A preface added to the second edition, before everything else.\n";
        assertEquals(ImportSummary.Outcome.REPLACED, reimport(slug, preface + TEXT).outcome());

        long now = quotationStarting(memoir, "The guard at the Palace");
        assertEquals(id, now, "a reviewed quotation keeps its id, and links to it keep working");
        quotation(now)
                .body("speaker", equalTo("Antonov-Ovseenko"))
                .body("location.start", equalTo(preface.length() + TEXT.indexOf("The guard at the Palace")));
        history(now).statusCode(200)
                .body("review.speaker", equalTo("Antonov-Ovseenko"))
                .body("review.orphaned", equalTo(false))
                .body("changes.find { it.field == 'extent' }.by", nullValue());
    }

    @Test
    void shouldKeepAReviewAfterANewExtractionOfTheSameText() {
        String slug = slug("format");
        long memoir = addMemoir(slug, TEXT);
        long id = quotationStarting(memoir, "We must first");
        patch(id, Map.of("kind", "WRITTEN", "issuingBody", "Council of People's Commissars", "reason", "a decree"))
                .statusCode(200);
        // A database stored under an earlier import format: the memoir's hash, and the one its reviews were placed
        // on, are not what the text hashes to now, and the next start imports it again.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE memoir SET content_hash = 'format-0' WHERE id = ?1").setParameter(1, memoir)
                    .executeUpdate();
            em.createNativeQuery("UPDATE review SET located_hash = 'format-0' WHERE memoir_id = ?1").setParameter(1, memoir)
                    .executeUpdate();
        });
        assertEquals(ImportSummary.Outcome.REPLACED, reimport(slug, TEXT).outcome());

        long now = quotationStarting(memoir, "We must first");
        quotation(now)
                .body("kind", equalTo("WRITTEN"))
                .body("issuingBody", equalTo("Council of People's Commissars"))
                .body("attribution.note", equalTo("decided by a reviewer"));
    }

    @Test
    void shouldKeepARejectionAcrossAReimport() {
        String slug = slug("rejected");
        long memoir = addMemoir(slug, TEXT);
        long id = quotationStarting(memoir, "Bread for the workers");
        patch(id, Map.of("status", "rejected", "reason", "a placard, not speech")).statusCode(200);
        reimport(slug, "One more line at the start.\n" + TEXT);
        assertTrue(quotations(memoir).stream().noneMatch(q -> ((String) q.get("text")).startsWith("Bread for")),
                "the rejected quotation stays out of the corpus");
        history(id).statusCode(200).body("review.status", equalTo("rejected"));
    }

    @Test
    void shouldOrphanAReviewWhosePassageWasRemovedAndQueueIt() {
        String slug = slug("orphan");
        long memoir = addMemoir(slug, TEXT);
        long id = quotationStarting(memoir, "The guard at the Palace");
        patch(id, Map.of("status", "confirmed", "reason", "checked")).statusCode(200);

        String without = TEXT.lines().filter(l -> !l.contains("The guard at the Palace"))
                .reduce("", (a, l) -> a + l + "\n");
        assertEquals(ImportSummary.Outcome.REPLACED, reimport(slug, without).outcome());

        history(id).statusCode(200)
                .body("review.orphaned", equalTo(true))
                .body("review.searchable", equalTo(false))
                .body("changes.field", hasItem("orphaned"));
        given().queryParam("memoir", memoir).queryParam("reason", "ORPHANED_REVIEW").get("/api/v1/review").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].review.text", equalTo("The guard at the Palace is doubled tonight and nobody sleeps."))
                .body("items[0].reasons[0].code", equalTo("ORPHANED_REVIEW"));
        // put back, the passage takes its review again
        assertEquals(ImportSummary.Outcome.REPLACED, reimport(slug, TEXT).outcome());
        history(id).statusCode(200).body("review.orphaned", equalTo(false));
        given().queryParam("memoir", memoir).queryParam("reason", "ORPHANED_REVIEW").get("/api/v1/review").then()
                .body("total", equalTo(0));
    }
}
