package app.verbatim.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import app.verbatim.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The metrics are closed to outsiders by default: without the admin key, a problem document naming the header;
 * with it, Prometheus text. (A plain client: /q/metrics is the platform's, not an operation of openapi.yaml.)
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class MetricsAccessTest {

    @TestHTTPResource("/q/metrics")
    URL metrics;

    private HttpResponse<String> get(String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(metrics.toString()));
        if (key != null) {
            request.header(AdminKey.HEADER, key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldRefuseTheMetricsWithoutTheKeyAndServeThemWithIt() throws Exception {
        HttpResponse<String> refused = get(null);
        assertEquals(401, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertTrue(refused.body().contains("\"field\":\"X-Admin-Key\""), refused.body());
        assertEquals(403, get("wrong").statusCode());
        HttpResponse<String> served = get("test-admin-key");
        assertEquals(200, served.statusCode());
        assertTrue(served.body().contains("jvm_memory_used_bytes"), "Prometheus text");
    }
}
