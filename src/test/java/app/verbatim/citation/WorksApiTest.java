package app.verbatim.citation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.verbatim.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The Works as the API serves them, over the shipped memoirs with every volume loaded (the test profile). */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class WorksApiTest {

    @Test
    void shouldListTheLoadedVolumesWithTheirPeriodPagesAndWorks() {
        given().get("/api/v1/works/volumes").then()
                .statusCode(200)
                .body("items.volume", equalTo(List.of(1, 2, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 36, 38, 40, 41, 42, 43, 44, 45)))
                .body("total", equalTo(39))
                .body("items.find { it.volume == 26 }.period", equalTo("September 1917 – February 1918"))
                .body("items.find { it.volume == 26 }.edition", equalTo("4th English edition, Progress Publishers, Moscow"))
                .body("items.find { it.volume == 26 }.firstPage", equalTo(7))
                .body("items.find { it.volume == 26 }.works.title", hasItem(startsWith("To the Population")))
                .body("items.find { it.volume == 26 }.works.find { it.title == 'Notes' }.editorial", equalTo(true));
    }

    @Test
    void shouldShowAPageWithItsStretchesAndTheWorkItBelongsTo() {
        JsonPath page = given().get("/api/v1/works/volumes/26/pages/289").then()
                .statusCode(200)
                .body("text", containsString("Socialism cannot be decreed from above"))
                .body("previousPage", equalTo(288))
                .body("nextPage", equalTo(290))
                .body("work.editorial", equalTo(false))
                .extract().jsonPath();
        List<Map<String, Object>> stretches = page.getList("stretches");
        assertEquals(0, stretches.get(0).get("start"));
        assertEquals(page.getString("text").length(), stretches.get(stretches.size() - 1).get("end"));
        for (int i = 1; i < stretches.size(); i++) {
            assertEquals(stretches.get(i - 1).get("end"), stretches.get(i).get("start"), "stretches are contiguous");
        }
        int at = page.getString("text").indexOf("Socialism cannot be decreed");
        assertTrue(stretches.stream().anyMatch(s -> "LENIN".equals(s.get("kind"))
                && (Integer) s.get("start") <= at && at < (Integer) s.get("end")), "Lenin's own words");
    }

    @Test
    void shouldMarkTheEditorsNotesAsEditorial() {
        int notes = given().get("/api/v1/works/volumes").then().extract()
                .path("items.find { it.volume == 26 }.works.find { it.title == 'Notes' }.firstPage");
        given().get("/api/v1/works/volumes/26/pages/" + (notes + 1)).then()
                .statusCode(200)
                .body("stretches.kind", everyItem(equalTo("EDITORIAL")));
    }

    @Test
    void shouldListTheMemoirQuotationsLocatedOnAPageAndThoseCitingIt() {
        // Krupskaya cites this passage as Vol. 26, p. 255 (the Russian edition's page); it stands on p. 289
        given().get("/api/v1/works/volumes/26/pages/289").then()
                .statusCode(200)
                .body("quotations.findAll { it.relation == 'LOCATED' }.text",
                        hasItem(startsWith("Socialism cannot be built up by decrees from above")));
        given().get("/api/v1/works/volumes/26/pages/255").then()
                .statusCode(200)
                .body("quotations.findAll { it.relation == 'CITED' }.memoir.author", hasItem("N. K. Krupskaya"));
    }

    @Test
    void shouldShowWhereAMemoirQuotationStandsInTheWorks() {
        long id = given().get("/api/v1/quotations?volume=26&size=200").then().extract().jsonPath()
                .getLong("items.find { it.text.startsWith('Socialism cannot be built up by decrees from above') }.id");
        given().get("/api/v1/quotations/" + id).then()
                .statusCode(200)
                .body("works.volume", equalTo(26))
                .body("works.pages[0].first", equalTo(289))
                .body("works.text", containsString("decreed from above"))
                .body("works.differences.op", hasItems("equal", "replace"))
                // the memoir's words are this quotation's wording, the Works' the reference: neither was submitted
                .body("works.differences.find { it.op == 'replace' && it.reference.contains('decreed') }.wording",
                        equalTo("decrees"))
                .body("works.differences.findAll { it.submitted != null || it.stored != null }", empty());
    }

    @Test
    void shouldSayAMissingVolumeIsMissingAndRefuseBadNumbers() {
        given().get("/api/v1/works/volumes/3/pages/10").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("not available"));
        given().get("/api/v1/works/volumes/26/pages/9999").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no printed page 9999"));
        given().get("/api/v1/works/volumes/x/pages/1").then().statusCode(400).body("field", equalTo("volume"));
        given().get("/api/v1/works/volumes/26/pages/0").then().statusCode(400).body("field", equalTo("page"));
    }

    @Test
    void shouldVerifyLeninsOwnWordsFromTheWorks() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Socialism cannot be decreed from above."))
                .post("/api/v1/lookup").then()
                .statusCode(200)
                .body("verdict", equalTo("VERIFIED"))
                .body("matches[0].source", equalTo("WORKS"))
                .body("matches[0].kind", equalTo("LENIN"))
                .body("matches[0].works.volume", equalTo(26))
                .body("matches[0].works.pages[0].first", equalTo(289))
                .body("explanation", containsString("Collected Works, Vol. 26, p. 289"));
    }

    @Test
    void shouldFindTheMemoirsTranslationAsAVariantOfTheWorksWording() {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Socialism cannot be decreed from above. Its spirit rejects the mechanical "
                        + "bureaucratic approach; living, creative socialism is the product of the masses themselves.",
                        "limit", 10))
                .post("/api/v1/lookup").then().statusCode(200).extract().jsonPath();
        assertEquals("VERIFIED", answer.getString("verdict"));
        assertEquals("WORKS", answer.getString("matches[0].source"));
        assertTrue(answer.getList("matches.findAll { it.source == 'MEMOIR' }.text", String.class).stream()
                .anyMatch(t -> t.startsWith("Socialism cannot be built up by decrees from above")), answer.prettify());
    }

    /**
     * "One step forward, two steps back" stands as a title in the contents, in the editors' notes and in memoir
     * narration ("his pamphlet One Step Forward, Two Steps Back"), and once in Lenin's own sentence, Vol. 7,
     * p. 412: the titles named by others are nobody's words, and the passages tied with Lenin's must not crowd
     * it out.
     */
    @Test
    void shouldFindLeninsOwnSentenceAmongTheTitlesNamingIt() {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("text", "One step forward, two steps back.", "limit", 10))
                .post("/api/v1/lookup").then().statusCode(200).extract().jsonPath();
        assertEquals("VERIFIED", answer.getString("verdict"), answer.prettify());
        assertTrue(answer.getList(
                "matches.findAll { it.source == 'WORKS' && it.kind == 'LENIN' }.works.pages.flatten().first", Integer.class).contains(412), answer.prettify());
        assertTrue(answer.getList("matches.text", String.class).stream().noneMatch(t -> t.contains("his pamphlet")),
                answer.prettify());
    }

    @Test
    void shouldNameWhatWasSearchedWhenNothingIsFound() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Trust is good, control is better, said nobody ever."))
                .post("/api/v1/lookup").then()
                .statusCode(200)
                .body("verdict", equalTo("NOT_FOUND"))
                .body("searched.worksVolumes", equalTo(39))
                .body("searched.missingVolumes", equalTo(List.of(3, 4, 5, 35, 37, 39)))
                .body("searched.worksLoading", equalTo(false))
                .body("explanation", containsString("nor in the 39 available volumes"));
    }

    @Test
    void shouldReportTheWorksLoadedInReadiness() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'works' }.data.volumes", equalTo("39 of 39 loaded"))
                .body("checks.find { it.name == 'works' }.status", equalTo("UP"));
        given().get("/api/v1/works/volumes?size=1").then().body("items.size()", equalTo(1)).body("total", greaterThan(1));
    }
}
