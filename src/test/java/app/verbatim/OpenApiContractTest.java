package app.verbatim;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import app.verbatim.support.EmbeddedPostgresResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** openapi.yaml is the contract: the service serves exactly it, and answers every operation it lists. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OpenApiContractTest {

    static JsonNode contract() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi.yaml")));
    }

    @Test
    void shouldServeTheContractFileAsItIs() throws IOException {
        JsonNode served = new ObjectMapper().readTree(
                given().accept("application/json").get("/openapi?format=json").then().statusCode(200).extract().asString());
        JsonNode contract = contract();
        // JsonNode equality ignores key order, which YAML and the served JSON need not share.
        assertEquals(List.of(), differences("paths", contract.get("paths"), served.get("paths")));
        assertEquals(List.of(), differences("components", contract.get("components"), served.get("components")));
        assertEquals(contract.get("info").get("title"), served.get("info").get("title"));
    }

    /** The paths at which two documents differ, so a failure says where to look. */
    static List<String> differences(String at, JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        if (expected == null || actual == null || expected.isObject() != actual.isObject()) {
            if (!java.util.Objects.equals(expected, actual)) {
                out.add(at + ": " + expected + " vs served " + actual);
            }
            return out;
        }
        if (!expected.isObject()) {
            if (!expected.equals(actual)) {
                out.add(at + ": " + expected + " vs served " + actual);
            }
            return out;
        }
        java.util.Set<String> keys = new java.util.TreeSet<>();
        expected.fieldNames().forEachRemaining(keys::add);
        actual.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            out.addAll(differences(at + "." + key, expected.get(key), actual.get(key)));
        }
        return out;
    }

    @Test
    void shouldAnswerEveryDocumentedOperationWithADocumentedStatus() throws IOException {
        long memoirId = given().get("/api/v1/memoirs?size=1").then().extract().jsonPath().getLong("items[0].id");
        long quotationId = given().get("/api/v1/quotations?size=1").then().extract().jsonPath().getLong("items[0].id");
        List<String> checked = new ArrayList<>();
        var paths = contract().get("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            String template = path.getKey();
            String url = template.replace("{volume}", "26")
                    .replace("{id}", String.valueOf(template.startsWith("/api/v1/quotations") ? quotationId : memoirId))
                    .replace("{clusterId}", "1").replace("{page}", "289");
            var operations = path.getValue().fields();
            while (operations.hasNext()) {
                var operation = operations.next();
                String method = operation.getKey();
                Response response = "get".equals(method)
                        ? given().get(url)
                        : given().contentType("application/json").body("{}").request(method.toUpperCase(), url);
                String status = String.valueOf(response.statusCode());
                JsonNode documented = operation.getValue().get("responses");
                assertTrue(documented.has(status),
                        method.toUpperCase() + " " + url + " answered " + status + ", documented: " + documented.fieldNames().next());
                checked.add(method + " " + template);
            }
        }
        assertFalse(checked.isEmpty());
    }
}
