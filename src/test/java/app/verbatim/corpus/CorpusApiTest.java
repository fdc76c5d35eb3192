package app.verbatim.corpus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import app.verbatim.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The seed corpus as the API serves it, checked against facts read off the texts themselves. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class CorpusApiTest {

    static final String KRUPSKAYA_BREST = "krupskaya-reminiscences-october-to-brest";
    static final String KRUPSKAYA_OCTOBER = "krupskaya-reminiscences-october-days";
    static final String TROTSKY_BREST_LITOVSK = "trotsky-october-to-brest-litovsk";

    static JsonPath memoirs() {
        return given().get("/api/v1/memoirs?size=200").then().statusCode(200).extract().jsonPath();
    }

    static long memoirId(String slug) {
        return memoirs().getLong("items.find { it.slug == '" + slug + "' }.id");
    }

    @Test
    void shouldHoldTheFiveSeedTextsAndTheShippedWebPages() {
        List<String> shipped = memoirs().getList("items.findAll { it.origin == 'SEED' }.slug");
        assertTrue(shipped.containsAll(List.of(KRUPSKAYA_BREST, KRUPSKAYA_OCTOBER, TROTSKY_BREST_LITOVSK,
                "trotsky-my-life-ch29-full", "trotsky-my-life-condensed")), shipped.toString());
        // Krupskaya's chapters up to the seeds' (rol01-rol25), Zinoviev's 18 chapters and introduction, Rosmer, Serge
        assertEquals(5 + 25 + 19 + 1 + 1, shipped.size(), shipped.toString());
        assertTrue(shipped.containsAll(List.of("krupskaya-reminiscences-rol01", "zinoviev-lenin-ch17",
                "rosmer-two-books-by-lenin", "serge-lenin-in-1917")), shipped.toString());
    }

    @Test
    void shouldFindLeninQuotationsInEveryMemoirButTheBrestLitovskExcerpt() {
        JsonPath all = memoirs();
        assertEquals(0, all.getInt("items.find { it.slug == '" + TROTSKY_BREST_LITOVSK + "' }.leninQuotations"));
        for (String slug : List.of(KRUPSKAYA_BREST, KRUPSKAYA_OCTOBER, "trotsky-my-life-ch29-full", "trotsky-my-life-condensed")) {
            assertTrue(all.getInt("items.find { it.slug == '" + slug + "' }.leninQuotations") > 0, slug);
        }
    }

    @Test
    void shouldSplitTheCondensedMyLifeIntoItsChapters() {
        long id = memoirId("trotsky-my-life-condensed");
        given().get("/api/v1/memoirs/" + id).then()
                .statusCode(200)
                .body("chapters.size()", greaterThan(30))
                .body("chapters.number", hasItems(6, 29, 45))
                .body("chapters.find { it.number == 29 }.title", equalTo("In Power"));
    }

    @Test
    void shouldCiteVolume26FromBothKrupskayaChapters() {
        JsonPath citations = given().get("/api/v1/volumes/26/citations?size=200").then()
                .statusCode(200).extract().jsonPath();
        List<String> slugs = citations.getList("items.memoir.slug");
        assertTrue(slugs.contains(KRUPSKAYA_BREST) && slugs.contains(KRUPSKAYA_OCTOBER), slugs.toString());
        List<Integer> firstPages = citations.getList("items.firstPage");
        assertEquals(firstPages.stream().sorted().toList(), firstPages, "ordered by first page");
        // The same Lenin sentence: p. 255 in one chapter, pp. 254-55 in the other.
        assertTrue(citations.getList("items.findAll { it.memoir.slug == '" + KRUPSKAYA_BREST + "' }.display")
                .contains("Works, Vol. 26, p. 255"));
        assertTrue(citations.getList("items.findAll { it.memoir.slug == '" + KRUPSKAYA_OCTOBER + "' }.display")
                .contains("Works, Vol. 26, pp. 254-55"));
    }

    @Test
    void shouldKeepTheRadioMessageAsOneLeninQuotationCitedPage280() {
        JsonPath page = given().get("/api/v1/quotations?volume=26&size=200").then().statusCode(200).extract().jsonPath();
        String cited280 = "items.findAll { it.citation.pages == [[first: 280, last: 280]] }";
        assertEquals(1, page.getList(cited280).size(), "one quotation cited p. 280");
        assertEquals("Lenin", page.getString(cited280 + "[0].speaker"));
        String text = page.getString(cited280 + "[0].text");
        assertTrue(text.contains("Soldiers, the cause of peace is in your hands"), text);
        assertTrue(text.contains("The Council of People's Commissars is alone empowered"), text);
    }

    @Test
    void shouldAttributeGorbunovsAndPodvoiskysWordsToThem() {
        for (String speaker : List.of("Gorbunov", "Podvoisky")) {
            given().get("/api/v1/quotations?speaker=" + speaker).then()
                    .statusCode(200)
                    .body("total", greaterThan(0))
                    .body("items.speaker", everyItem(equalTo(speaker)))
                    .body("items.lenin", everyItem(is(false)));
        }
    }

    @Test
    void shouldFindLeninUnderAnyOfHisNames() {
        int asLenin = given().get("/api/v1/quotations?speaker=Lenin").then().statusCode(200).extract().path("total");
        given().get("/api/v1/quotations?speaker=Ilyich").then().statusCode(200).body("total", equalTo(asLenin));
    }

    @Test
    void shouldListEveryCitedVolumeWithItsCounts() {
        given().get("/api/v1/volumes").then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("items.volume", hasItems(26, 33))
                // the two Krupskaya seed chapters, and Serge's notes citing "Collected Works, Volume 26"
                .body("items.find { it.volume == 26 }.memoirs", equalTo(3))
                .body("items.find { it.volume == 26 }.citations", greaterThan(10));
    }

    @Test
    void shouldPageTheCitedVolumesLikeEveryOtherList() {
        JsonPath all = given().get("/api/v1/volumes?size=200").then().statusCode(200).extract().jsonPath();
        List<Integer> volumes = all.getList("items.volume");
        assertEquals(all.getLong("total"), volumes.size());
        assertTrue(volumes.size() >= 4, volumes.toString());
        given().get("/api/v1/volumes?page=1&size=2").then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("total", equalTo(volumes.size()))
                .body("items.volume", equalTo(volumes.subList(2, 4)));
    }

    @Test
    void shouldRefuseABadPageSizeForTheCitedVolumes() {
        given().get("/api/v1/volumes?size=0").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("size"));
    }

    @Test
    void shouldShowAQuotationWithItsPositionAndCitation() {
        JsonPath first = given().get("/api/v1/quotations?volume=33&size=1").then().statusCode(200).extract().jsonPath();
        long id = first.getLong("items[0].id");
        given().get("/api/v1/quotations/" + id).then()
                .statusCode(200)
                .body("speaker", equalTo("Lenin"))
                .body("citation.display", equalTo("Works, Vol. 33, pp. 91-92"))
                .body("citation.pages", hasItem(Map.of("first", 91, "last", 92)))
                .body("memoir.slug", equalTo(KRUPSKAYA_BREST))
                .body("location.start", greaterThan(0))
                .body("text", org.hamcrest.Matchers.startsWith("At such dizzy speed"));
    }

    @Test
    void shouldPageAMemoirsQuotationsInTextOrder() {
        long id = memoirId(KRUPSKAYA_BREST);
        JsonPath page0 = given().get("/api/v1/memoirs/" + id + "/quotations?size=5&page=0").then()
                .statusCode(200).body("items.size()", equalTo(5)).extract().jsonPath();
        JsonPath page1 = given().get("/api/v1/memoirs/" + id + "/quotations?size=5&page=1").then()
                .statusCode(200).extract().jsonPath();
        List<Integer> starts = page0.getList("items.location.start");
        assertEquals(starts.stream().sorted().toList(), starts);
        assertTrue(page1.getInt("items[0].location.start") > starts.get(4));
        assertEquals(page0.getLong("total"), page1.getLong("total"));
    }
}
