package app.verbatim.review;

import static app.verbatim.review.Reviews.ALICE;
import static app.verbatim.review.Reviews.TEXT;
import static app.verbatim.review.Reviews.addMemoir;
import static app.verbatim.review.Reviews.history;
import static app.verbatim.review.Reviews.lookup;
import static app.verbatim.review.Reviews.patch;
import static app.verbatim.review.Reviews.quotation;
import static app.verbatim.review.Reviews.quotationStarting;
import static app.verbatim.review.Reviews.slug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import app.verbatim.support.WritableCorpus;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A reviewer's decisions: each field a PATCH sets, the status, the history, and lookups using them at once. */
@QuarkusTest
@WithTestResource(WritableCorpus.class)
class ReviewDecisionTest {

    static final String LENIN_WORDS = "We must first of all organise the accounting and control of production.";

    /** Words of Lenin's no other test's memoir holds, so that a lookup finds only this test's quotation. */
    static String uniqueWords() {
        // Ten words made of a random id's hex digits as letters: no other test's memoir holds anything close, so a
        // lookup finds this test's quotation and no variant of it.
        StringBuilder words = new StringBuilder("Comrades in the");
        for (int w = 0; w < 10; w++) {
            words.append(' ');
            java.util.UUID.randomUUID().toString().chars().filter(c -> c != '-').limit(6)
                    .forEach(c -> words.append((char) ('a' + Character.digit(c, 16))));
        }
        return words.append('.').toString();
    }

    @Test
    void shouldUseAReviewedSpeakerInLookupsAtOnce() {
        String words = uniqueWords();
        long memoir = addMemoir(slug("speaker"), TEXT.replace(LENIN_WORDS, words));
        long id = quotationStarting(memoir, "Comrades in the");
        lookup(words).body("verdict", equalTo("VERIFIED"));

        patch(id, Map.of("speaker", "Podvoisky", "reason", "Podvoisky said it, Ilyich repeated it"))
                .statusCode(200)
                .body("review.status", equalTo("corrected"))
                .body("review.speaker", equalTo("Podvoisky"))
                .body("review.speakerKind", equalTo("PERSON"))
                .body("review.lenin", equalTo(false))
                .body("review.version", equalTo(1))
                .body("changes.field", contains("speaker", "status"));

        lookup(words).body("verdict", equalTo("MISATTRIBUTED")).body("attributedTo", equalTo("Podvoisky"));
        quotation(id)
                .body("speaker", equalTo("Podvoisky"))
                .body("attribution.certain", equalTo(true))
                .body("attribution.note", equalTo("decided by a reviewer"));
    }

    @Test
    void shouldNameLeninUnderAnyOfHisNames() {
        long memoir = addMemoir(slug("ilyich"), TEXT);
        long id = quotationStarting(memoir, "The guard at the Palace");
        patch(id, Map.of("speaker", "Vladimir Ilyich", "reason", "the memoir's next page says so"))
                .statusCode(200)
                .body("review.speaker", equalTo("Lenin"))
                .body("review.lenin", equalTo(true));
        given().get("/api/v1/quotations?speaker=Lenin&memoir=" + memoir).then().body("total", equalTo(2));
    }

    @Test
    void shouldSetTheIssuingBodyOfADecreeLeninWroteKeepingHimTheSpeaker() {
        long memoir = addMemoir(slug("decree"), TEXT);
        long id = quotationStarting(memoir, "We must first");
        patch(id, Map.of("issuingBody", "Council of People's Commissars", "kind", "WRITTEN", "reason", "a decree he drafted"))
                .statusCode(200)
                .body("review.speaker", equalTo("Lenin"))
                .body("review.issuingBody", equalTo("Council of People's Commissars"))
                .body("changes.field", contains("issuingBody", "kind", "status"));
        quotation(id)
                .body("speaker", equalTo("Lenin"))
                .body("issuingBody", equalTo("Council of People's Commissars"));

        var none = new java.util.HashMap<String, Object>();
        none.put("issuingBody", null);
        none.put("reason", "his own article after all");
        patch(id, none).statusCode(200).body("changes[0].old", equalTo("Council of People's Commissars"));
        quotation(id).body("$", not(org.hamcrest.Matchers.hasKey("issuingBody")));
    }

    @Test
    void shouldMakeASpeakerEqualToTheIssuingBodyADocument() {
        long memoir = addMemoir(slug("document"), TEXT);
        long id = quotationStarting(memoir, "The state is an organ");
        patch(id, Map.of("issuingBody", "Military Revolutionary Committee", "speaker", "Military Revolutionary Committee",
                "reason", "the Committee's manifesto"))
                .statusCode(200)
                .body("review.speakerKind", equalTo("DOCUMENT"));
        quotation(id).body("speakerKind", equalTo("DOCUMENT"));
    }

    @Test
    void shouldSetTheKind() {
        long memoir = addMemoir(slug("kind"), TEXT);
        long id = quotationStarting(memoir, "We must first");
        patch(id, Map.of("kind", "WRITTEN", "reason", "from his notes, not said"))
                .statusCode(200)
                .body("changes[0].field", equalTo("kind"))
                .body("changes[0].old", equalTo("SPOKEN"))
                .body("changes[0].new", equalTo("WRITTEN"));
        quotation(id).body("kind", equalTo("WRITTEN"));
    }

    @Test
    void shouldTakeTheTextOfANewExtentFromTheMemoir() {
        long memoir = addMemoir(slug("extent"), TEXT);
        long id = quotationStarting(memoir, "We must first");
        int start = TEXT.indexOf("the accounting");
        int end = TEXT.indexOf(" of production.");
        patch(id, Map.of("extent", Map.of("start", start, "end", end), "reason", "only these words are his"))
                .statusCode(200)
                .body("review.text", equalTo("the accounting and control"))
                .body("review.location.start", equalTo(start))
                .body("changes.field", contains("extent", "text", "status"));
        quotation(id)
                .body("text", equalTo("the accounting and control"))
                .body("location.end", equalTo(end));
        given().get("/api/v1/memoirs/" + memoir + "/text?start=" + start + "&end=" + end).then()
                .statusCode(200).body("text", equalTo("the accounting and control"));
    }

    @Test
    void shouldReplaceACitationAndShowItInTheVolumeBrowse() {
        long memoir = addMemoir(slug("citation"), TEXT);
        long id = quotationStarting(memoir, "We must first");
        patch(id, Map.of("citation", Map.of("volume", 27, "pages", List.of(Map.of("first", 254, "last", 255))),
                "reason", "the memoir misprints the volume"))
                .statusCode(200)
                .body("review.citation.display", equalTo("Works, Vol. 27, pp. 254-55"));
        quotation(id).body("citation.volume", equalTo(27));
        given().get("/api/v1/volumes/27/citations").then().statusCode(200)
                .body("items.quotations.flatten().id", hasItem((int) id));
        // the memoir's own citation of volume 26 cited only this quotation: it is gone from the browse
        given().get("/api/v1/volumes/26/citations?size=200").then()
                .body("items.quotations.flatten().id", not(hasItem((int) id)));

        patch(id, Map.of("citation", Map.of("source", "Lenin Miscellany", "volume", 11), "reason", "in the Miscellany"))
                .statusCode(200)
                .body("review.citation.source", equalTo("Lenin Miscellany"));
        var noCitation = new java.util.HashMap<String, Object>();
        noCitation.put("citation", null);
        noCitation.put("reason", "no citation in the first edition");
        patch(id, noCitation).statusCode(200).body("review.citation", nullValue());
        quotation(id).body("citation", nullValue());
    }

    @Test
    void shouldConfirmWithoutChangingAnything() {
        long memoir = addMemoir(slug("confirm"), TEXT);
        long id = quotationStarting(memoir, "The state is an organ");
        patch(id, Map.of("status", "confirmed", "reason", "checked against the first edition"))
                .statusCode(200)
                .body("review.status", equalTo("confirmed"))
                .body("review.speaker", equalTo("Podvoisky"))
                .body("changes", hasSize(1))
                .body("changes[0].field", equalTo("status"))
                .body("changes[0].old", nullValue())
                .body("changes[0].new", equalTo("confirmed"));
        quotation(id).body("attribution.certain", equalTo(true));
    }

    @Test
    void shouldHideARejectedQuotationFromLookupsAndBringItBackWhenConfirmed() {
        String words = uniqueWords();
        long memoir = addMemoir(slug("reject"), TEXT.replace(LENIN_WORDS, words));
        long id = quotationStarting(memoir, "Comrades in the");
        patch(id, Map.of("status", "rejected", "reason", "a title, not words anyone said"))
                .statusCode(200)
                .body("review.status", equalTo("rejected"))
                .body("review.searchable", equalTo(false));
        given().get("/api/v1/quotations/" + id).then().statusCode(404);
        lookup(words).body("verdict", equalTo("NOT_FOUND")).body("matches.quotationId", not(hasItem((int) id)));
        history(id).statusCode(200).body("review.status", equalTo("rejected"));

        patch(id, Map.of("status", "confirmed", "reason", "it is a quotation after all")).statusCode(200)
                .body("review.quotationId", equalTo((int) id))
                .body("review.searchable", equalTo(true));
        quotation(id).body("text", equalTo(words));
        lookup(words).body("verdict", equalTo("VERIFIED")).body("matches[0].quotationId", equalTo((int) id));
    }

    @Test
    void shouldListEveryChangeWithWhenWhyAndTheKeysName() {
        long memoir = addMemoir(slug("history"), TEXT);
        long id = quotationStarting(memoir, "Bread for the workers");
        history(id).statusCode(200).body("$", not(org.hamcrest.Matchers.hasKey("review"))).body("changes", hasSize(0));
        patch(id, Map.of("speaker", "Shlyapnikov", "reason", "named in the chapter before")).statusCode(200);
        patch(id, ALICE, Map.of("kind", "WRITTEN", "reason", "a note passed up to the platform")).statusCode(200);

        var changes = history(id).statusCode(200)
                .body("review.version", equalTo(2))
                .body("changes.field", contains("speaker", "speakerKind", "status", "kind"))
                .body("changes.by", contains("admin", "admin", "admin", "alice"))
                .body("changes.reason", hasItem("a note passed up to the platform"))
                .body("changes[0].old", equalTo("unknown"))
                .body("changes[0].new", equalTo("Shlyapnikov"))
                .body("changes.version", contains(1, 1, 1, 2))
                .extract().jsonPath().getList("changes.at", String.class);
        assertEquals(4, changes.size());
        // the keys themselves are stored nowhere the API shows
        history(id).body(not(org.hamcrest.Matchers.containsString(ALICE)));
    }

    @Test
    void shouldChangeNothingForValuesTheQuotationAlreadyHas() {
        long memoir = addMemoir(slug("same"), TEXT);
        long id = quotationStarting(memoir, "The guard at the Palace");
        patch(id, Map.of("speaker", "Podvoisky", "reason", "as extracted")).statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("review"))).body("changes", hasSize(0));
        history(id).body("changes", hasSize(0));
    }
}
