package app.verbatim.review;

import static app.verbatim.review.Reviews.TEXT;
import static app.verbatim.review.Reviews.addMemoir;
import static app.verbatim.review.Reviews.patch;
import static app.verbatim.review.Reviews.quotationStarting;
import static app.verbatim.review.Reviews.slug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import app.verbatim.support.WritableCorpus;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The review queue: what is in it, in which order, how it is narrowed, and what takes a quotation out of it. */
@QuarkusTest
@WithTestResource(WritableCorpus.class)
class ReviewQueueTest {

    /**
     * The memoir's uncertain attributions: other tests' memoirs quote the same words under other speakers, and those
     * speaker conflicts are the subject of a test of their own.
     */
    private static io.restassured.response.ValidatableResponse uncertain(long memoir) {
        return given().queryParam("memoir", memoir).queryParam("reason", "UNCERTAIN_SPEAKER").get("/api/v1/review")
                .then().statusCode(200);
    }

    @Test
    void shouldPutTheLeastCertainAttributionFirst() {
        long memoir = addMemoir(slug("uncertain"), TEXT);
        uncertain(memoir)
                .body("total", equalTo(2))
                .body("items[0].quotation.text", startsWith("Bread for the workers"))
                .body("items[0].reasons[0].code", equalTo("UNCERTAIN_SPEAKER"))
                .body("items[0].doubt", equalTo(0.8f))
                .body("items[1].quotation.text", startsWith("The state is an organ"))
                .body("items[1].doubt", equalTo(0.25f));
    }

    @Test
    void shouldTakeAReviewedQuotationOutOfTheQueue() {
        long memoir = addMemoir(slug("reviewed"), TEXT);
        long id = quotationStarting(memoir, "Bread for the workers");
        patch(id, Map.of("status", "confirmed", "reason", "nobody is named; unknown is right")).statusCode(200);
        uncertain(memoir).body("total", equalTo(1))
                .body("items.quotation.id", not(hasItem((int) id)));
    }

    @Test
    void shouldShowTheSamePassageGivenToSomeoneElseElsewhere() {
        String words = "Take the telegraph first, then the bridges, and only then the Winter Palace itself.";
        long lenins = addMemoir(slug("conflict-a"), "Ilyich said: \"" + words + "\"\n");
        long others = addMemoir(slug("conflict-b"), "Then Antonov-Ovseenko said: \"" + words + "\"\n");
        given().queryParam("reason", "SPEAKER_DIFFERS_FROM_DUPLICATES").queryParam("memoir", others)
                .get("/api/v1/review").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].reasons.code", hasItem("SPEAKER_DIFFERS_FROM_DUPLICATES"))
                .body("items[0].reasons.find { it.code == 'SPEAKER_DIFFERS_FROM_DUPLICATES' }.detail",
                        containsString("Lenin"));
        given().queryParam("reason", "SPEAKER_DIFFERS_FROM_DUPLICATES").queryParam("memoir", lenins)
                .get("/api/v1/review").then().statusCode(200)
                .body("items[0].reasons.find { it.code == 'SPEAKER_DIFFERS_FROM_DUPLICATES' }.detail",
                        containsString("Antonov-Ovseenko"));
    }

    @Test
    void shouldNarrowToOneReason() {
        long memoir = addMemoir(slug("narrow"), TEXT);
        given().queryParam("memoir", memoir).queryParam("reason", "ORPHANED_REVIEW")
                .get("/api/v1/review").then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        given().queryParam("memoir", memoir).queryParam("reason", "UNCERTAIN_SPEAKER")
                .get("/api/v1/review").then().statusCode(200).body("total", equalTo(2))
                .body("items.reasons.code.flatten()", everyItem(equalTo("UNCERTAIN_SPEAKER")));
    }

    @Test
    void shouldPageTheQueue() {
        long memoir = addMemoir(slug("paged"), TEXT);
        given().queryParam("memoir", memoir).queryParam("reason", "UNCERTAIN_SPEAKER").queryParam("page", 1).queryParam("size", 1)
                .get("/api/v1/review").then().statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].quotation.text", startsWith("The state is an organ"));
    }

    @Test
    void shouldRefuseAnUnknownReasonNamingTheParameter() {
        given().queryParam("reason", "BORING").get("/api/v1/review").then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("reason"));
    }

    @Test
    void shouldRefuseAMemoirThatIsNotAnId() {
        given().queryParam("memoir", "first").get("/api/v1/review").then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("memoir"));
    }
}
