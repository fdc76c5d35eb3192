package app.verbatim.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Waits for the Works to load, reading what the service itself reports in /q/health/ready ("12 of 39 loaded",
 * state loading/loaded): the first-start time a user sees, not a figure from inside the loader.
 */
final class WorksProgress {

    /** What the service reported last, and when, counted from the service's start. */
    record Loaded(int volumes, int available, boolean finished, String failures, double seconds) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorksProgress() {
    }

    static Loaded await(ServiceProcess service, long startedNanos, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.url("/q/health/ready"))).build();
        long deadline = startedNanos + timeout.toNanos();
        String said = "";
        Loaded last = new Loaded(0, 0, false, "", 0);
        while (System.nanoTime() < deadline) {
            service.requireAlive();
            JsonNode works = works(JSON.readTree(http.send(ready, HttpResponse.BodyHandlers.ofString()).body()));
            if (works != null) {
                String volumes = works.path("data").path("volumes").asText(""); // "12 of 39 loaded"
                String[] w = volumes.split(" ");
                double seconds = (System.nanoTime() - startedNanos) / 1e9;
                last = new Loaded(Integer.parseInt(w[0]), Integer.parseInt(w[2]),
                        "loaded".equals(works.path("data").path("state").asText()),
                        works.path("data").path("failures").asText(""), seconds);
                if (!volumes.equals(said)) {
                    Bench.log(String.format("Works: %s after %.0f s", volumes, seconds));
                    said = volumes;
                }
                if (last.finished()) {
                    return last;
                }
            }
            Thread.sleep(1000);
        }
        Bench.log("Works: not loaded within " + timeout + "; measuring what there is");
        return last;
    }

    private static JsonNode works(JsonNode health) {
        for (JsonNode check : health.path("checks")) {
            if ("works".equals(check.path("name").asText())) {
                return check;
            }
        }
        return null;
    }
}
