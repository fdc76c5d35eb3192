package app.verbatim.lookup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import app.verbatim.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Lookup through HTTP against the seed corpus in PostgreSQL. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class LookupApiTest {

    static final String DIZZY_SPEED = "At such dizzy speed, in a few weeks, from October 25, 1917, to the Brest Peace, "
            + "we built up the Soviet state";

    static ValidatableResponse lookup(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/v1/lookup").then();
    }

    @Test
    void shouldVerifyAnExactLeninQuotationWithItsCitation() {
        lookup(DIZZY_SPEED)
                .statusCode(200)
                .body("verdict", equalTo("VERIFIED"))
                .body("matches[0].speaker", equalTo("Lenin"))
                .body("matches[0].citation.display", equalTo("Works, Vol. 33, pp. 91-92"))
                .body("matches[0].citation.volume", equalTo(33))
                .body("matches[0].citation.pages", hasItem(Map.of("first", 91, "last", 92)))
                .body("matches[0].memoir.author", equalTo("N. K. Krupskaya"))
                .body("matches[0].differences.op", everyItem(equalTo("equal")))
                .body("matches[0].score", equalTo(1.0f));
    }

    @Test
    void shouldLocateAFragmentInsideTheStoredQuotation() {
        String fragment = "extricated ourselves from the imperialist war in a revolutionary manner";
        JsonPath answer = lookup(fragment).statusCode(200).body("verdict", equalTo("VERIFIED")).extract().jsonPath();
        String stored = answer.getString("matches[0].text");
        int start = answer.getInt("matches[0].location.start");
        int end = answer.getInt("matches[0].location.end");
        assertTrue(start > 0, "a fragment starts inside the quotation");
        assertEquals(fragment, stored.substring(start, end));
    }

    @Test
    void shouldVerifyRetypedPunctuationCaseAndQuotes() {
        lookup("AT SUCH DIZZY SPEED -- in a few weeks -- from October 25 1917 to the “Brest Peace” we built up the soviet state!")
                .statusCode(200).body("verdict", equalTo("VERIFIED"));
    }

    @Test
    void shouldReadAnEllipsisAsOmittedWords() {
        lookup("At such dizzy speed ... we built up the Soviet state, extricated ourselves from the imperialist war")
                .statusCode(200).body("verdict", equalTo("VERIFIED"));
    }

    @Test
    void shouldCallATypoAVariantAndShowTheReplacedWord() {
        lookup("At such dizzy sped, in a few weeks, from October 25, 1917, to the Brest Peace, we built up the Soviet state")
                .statusCode(200)
                .body("verdict", equalTo("VARIANT"))
                .body("matches[0].differences", hasItem(Map.of("op", "replace", "submitted", "sped", "stored", "speed")));
    }

    @Test
    void shouldFindAQuotationWhoseTyposBreakMostOfItsWordPairs() {
        // every content pair of the stored sentence is broken, so only the widened search finds it
        lookup("Life is teh best teachr and it will shw who is rigth.")
                .statusCode(200)
                .body("verdict", equalTo("VARIANT"))
                .body("matches[0].differences", hasItem(Map.of("op", "replace", "submitted", "teachr", "stored", "teacher")));
    }

    @Test
    void shouldFindNothingForAnyWordsWithoutAPairToSearchBy() {
        lookup("of the and the to the")
                .statusCode(200)
                .body("verdict", equalTo("NOT_FOUND"))
                .body("matches", empty());
    }

    @Test
    void shouldNeverVerifyAQuotationWithANegationAdded() {
        lookup("At such dizzy speed, in a few weeks, from October 25, 1917, to the Brest Peace, we did not build up the Soviet state")
                .statusCode(200)
                .body("verdict", not(equalTo("VERIFIED")));
    }

    @Test
    void shouldSayWhoseWordsGorbunovsAre() {
        lookup("We had difficulty with the bags for taking the money away in")
                .statusCode(200)
                .body("verdict", equalTo("MISATTRIBUTED"))
                .body("attributedTo", equalTo("Gorbunov"))
                .body("matches[0].lenin", is(false));
    }

    @Test
    void shouldRecogniseTheMemoiristsNarrationPassedOffAsLenin() {
        lookup("That work was more than strenuous, it was work at high pressure that absorbed all of one's energies")
                .statusCode(200)
                .body("verdict", equalTo("MISATTRIBUTED"))
                .body("matches[0].source", equalTo("MEMOIR"))
                .body("matches[0].kind", equalTo("NARRATION"))
                .body("attributedTo", equalTo("N. K. Krupskaya"));
    }

    @Test
    void shouldNotFindTheFamousFake() {
        lookup("The capitalists will sell us the rope with which we will hang them")
                .statusCode(200)
                .body("verdict", equalTo("NOT_FOUND"))
                .body("matches", empty());
    }

    @Test
    void shouldListTheOtherMemoirQuotingTheSamePassageWithItsConflictingCitation() {
        JsonPath answer = lookup("Socialism cannot be built up by decrees from above")
                .statusCode(200)
                .body("verdict", equalTo("VERIFIED"))
                .extract().jsonPath();
        List<String> displays = answer.getList("matches.citation.display");
        assertTrue(displays.containsAll(List.of("Works, Vol. 26, p. 255", "Works, Vol. 26, pp. 254-55")), displays.toString());
        assertTrue(answer.getInt("matches[0].duplicates.size()") > 0, "the passage is quoted twice");
        assertTrue(answer.getBoolean("matches[0].duplicates[0].citationDiffers"));
    }

    @Test
    void shouldRefuseBlankText() {
        lookup("   ").statusCode(400).contentType("application/problem+json").body("field", equalTo("text"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/lookup").then()
                .statusCode(400).body("field", equalTo("text"));
    }

    @Test
    void shouldRefuseFewerThanThreeWordsAndSayWhy() {
        lookup("Socialism, comrades")
                .statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("text")).body("detail", containsString("at least 3"));
    }

    @Test
    void shouldRefuseTextOverFiveThousandCharacters() {
        lookup("word ".repeat(1001)).statusCode(413).contentType("application/problem+json").body("field", equalTo("text"));
    }

    @Test
    void shouldRefuseMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"text\": \"unterminated").post("/api/v1/lookup").then()
                .statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"text\": 12, \"limit\": \"many\"}").post("/api/v1/lookup").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseALimitOutOfRange() {
        given().contentType(ContentType.JSON).body(Map.of("text", DIZZY_SPEED, "limit", 0)).post("/api/v1/lookup").then()
                .statusCode(400).body("field", equalTo("limit"));
    }

    @Test
    void shouldAcceptAnyUnicode() {
        lookup("🙂 \u200F\u202Ewe built up the Soviet state 𝕊𝕠𝕧𝕚𝕖𝕥 \uD800 ✊🏽")
                .statusCode(200).body("verdict", notNullValue());
    }

    @Test
    void shouldRefuseANulCharacterNamingTheField() {
        // PostgreSQL cannot store U+0000 and no text of ours holds one: refused as bad input, never a 500
        lookup("At such dizzy speed\u0000, in a few weeks, from October 25, 1917, to the Brest Peace")
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("text"));
    }

    @Test
    void shouldListDuplicateClustersAcrossTheKrupskayaChaptersOnly() {
        JsonPath clusters = given().get("/api/v1/duplicates?size=200").then().statusCode(200)
                .body("total", greaterThan(0)).extract().jsonPath();
        List<List<String>> memoirsPerCluster = clusters.getList("items.memoirs");
        assertTrue(memoirsPerCluster.stream().anyMatch(m -> m.size() == 2
                && m.stream().allMatch(s -> s.startsWith("N. K. Krupskaya"))), memoirsPerCluster.toString());
        assertTrue(memoirsPerCluster.stream().noneMatch(m -> m.stream().filter(s -> s.startsWith("Leon Trotsky, My Life")).count() > 1),
                "no Lenin cluster between the two editions of My Life");
        assertTrue(clusters.getList("items.conflictingCitations").contains(true));
        long id = clusters.getLong("items[0].id");
        given().get("/api/v1/duplicates/" + id).then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("members.size()", greaterThan(1))
                .body("members.quotation.speaker", everyItem(equalTo("Lenin")));
    }

    @Test
    void shouldAnswer404ForAnUnknownCluster() {
        given().get("/api/v1/duplicates/987654321").then().statusCode(404).contentType("application/problem+json");
    }
}
