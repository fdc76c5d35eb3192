package app.verbatim.corpus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import app.verbatim.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class ReadErrorsTest {

    @Test
    void shouldAnswer404ForAnUnknownMemoir() {
        given().get("/api/v1/memoirs/987654321").then()
                .statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("987654321"));
    }

    @Test
    void shouldAnswer404ForAnUnknownQuotation() {
        given().get("/api/v1/quotations/987654321").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer404ForAVolumeNobodyCites() {
        given().get("/api/v1/volumes/999/citations").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer400ForAVolumeThatIsNotANumber() {
        given().get("/api/v1/volumes/twenty-six/citations").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("volume"));
    }

    @Test
    void shouldAnswer400ForBadPaging() {
        given().get("/api/v1/memoirs?size=0").then().statusCode(400).contentType("application/problem+json").body("field", equalTo("size"));
        given().get("/api/v1/memoirs?size=ten").then().statusCode(400).body("field", equalTo("size"));
        given().get("/api/v1/quotations?page=-1").then().statusCode(400).body("field", equalTo("page"));
        given().get("/api/v1/memoirs?size=201").then().statusCode(400).body("field", equalTo("size"));
    }

    @Test
    void shouldAnswer400ForBadFilters() {
        given().get("/api/v1/quotations?volume=abc").then().statusCode(400).contentType("application/problem+json").body("field", equalTo("volume"));
        given().get("/api/v1/quotations?memoir=0").then().statusCode(400).body("field", equalTo("memoir"));
        given().get("/api/v1/quotations?lenin=perhaps").then().statusCode(400).body("field", equalTo("lenin"));
    }

    @Test
    void shouldAnswerAnUnknownPathAsAProblemWithoutInternals() {
        given().get("/api/v1/nothing-here").then()
                .statusCode(404).contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldReportTheDatabaseInHealth() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("corpus"));
    }
}
