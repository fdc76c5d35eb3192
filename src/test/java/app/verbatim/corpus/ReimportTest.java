package app.verbatim.corpus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import app.verbatim.support.WritableCorpus;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** What happens at start when a bundled text has changed since it was stored, or has not. */
@QuarkusTest
@WithTestResource(WritableCorpus.class)
class ReimportTest {

    @Inject
    CorpusImporter importer;

    static MemoirSource source(String slug, String text) {
        return new MemoirSource(slug, "A. Seed", "Seed Notes", null, null, text);
    }

    @Test
    void shouldReplaceAChangedTextWholeUnderTheSameMemoir() {
        String slug = "seed-" + UUID.randomUUID().toString().substring(0, 8);
        ImportSummary first = importer.importMemoir(source(slug,
                "Ilyich said: \"Peace must be secured from below, comrades.\" Then Podvoisky said: \"The guard is doubled tonight.\""),
                Memoir.Origin.SEED, true);
        assertEquals(ImportSummary.Outcome.CREATED, first.outcome());
        assertEquals(2, first.quotations());

        ImportSummary second = importer.importMemoir(source(slug, "Ilyich said: \"All power to the Soviets, now and here.\""),
                Memoir.Origin.SEED, true);
        assertEquals(ImportSummary.Outcome.REPLACED, second.outcome());
        assertEquals(first.memoirId(), second.memoirId(), "the memoir keeps its id");
        given().get("/api/v1/memoirs/" + second.memoirId() + "/quotations").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].text", equalTo("All power to the Soviets, now and here."));
    }

    @Test
    void shouldNotImportAnUnchangedTextTwice() {
        String slug = "seed-" + UUID.randomUUID().toString().substring(0, 8);
        String text = "Ilyich said: \"Peace must be secured from below, comrades.\"";
        importer.importMemoir(source(slug, text), Memoir.Origin.SEED, true);
        ImportSummary again = importer.importMemoir(source(slug, text), Memoir.Origin.SEED, true);
        assertEquals(ImportSummary.Outcome.UNCHANGED, again.outcome());
        given().get("/api/v1/quotations?memoir=" + again.memoirId()).then().body("total", equalTo(1));
    }
}
