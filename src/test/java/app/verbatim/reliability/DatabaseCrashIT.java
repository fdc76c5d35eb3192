package app.verbatim.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * The packaged service, started as README starts it (its own supervised PostgreSQL), under lookup load while
 * its database's postmaster is killed: it answers 503 (with Retry-After) while the database is down, never
 * 500, comes back by itself within 30 seconds, and has lost nothing.
 */
@QuarkusIntegrationTest
class DatabaseCrashIT {

    static final String TEXT = "Socialism cannot be built up by decrees from above";

    @Test
    void shouldRecoverByItselfFromADatabaseCrashWithoutA500() throws Exception {
        long memoirs = given().get("/api/v1/memoirs?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (loading.get()) {
                    int status = given().contentType(ContentType.JSON).body(Map.of("text", TEXT)).post("/api/v1/lookup")
                            .then().extract().statusCode();
                    statuses.merge(status, 1, Integer::sum);
                }
            });
        }
        Thread.sleep(2000);
        long pid = Long.parseLong(Files.readAllLines(Path.of(System.getProperty("it.data-dir"), "postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        long killed = System.nanoTime();
        new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
        postmaster.onExit().get(10, TimeUnit.SECONDS); // throws if the postmaster outlives the kill
        boolean recovered = false;
        double recoveredAfter = -1;
        while (System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(30)) {
            int status = given().contentType(ContentType.JSON).body(Map.of("text", TEXT)).post("/api/v1/lookup")
                    .then().extract().statusCode();
            if (status == 200 && given().get("/q/health/ready").statusCode() == 200) {
                recovered = true;
                recoveredAfter = (System.nanoTime() - killed) / 1e9;
                break;
            }
            Thread.sleep(250);
        }
        Thread.sleep(2000);
        loading.set(false);
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
        System.out.printf("Database killed under load: recovered in %.1f s; statuses %s%n", recoveredAfter, new TreeMap<>(statuses));
        assertTrue(recovered, "the service did not recover within 30 s: " + statuses);
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 503),
                "only 200, and 503 while the database is down (never a 500): " + statuses);
        assertTrue(statuses.containsKey(503), "the lookups sent while the database was down were answered 503: " + statuses);
        assertEquals(memoirs, given().get("/api/v1/memoirs?size=1").then().statusCode(200).extract().jsonPath().getLong("total"),
                "nothing stored is lost");
        given().get("/q/health/live").then().statusCode(200);
    }
}
