package app.verbatim.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import app.verbatim.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Eight keyless drafts of 200,000 characters, each holding thousands of short quotations, sent at once (the
 * attack of the reliability issue), must not starve a single lookup: drafts are checked a few at a time, have
 * their own share of the lookup capacity and look up at most verbatim.editor.max-quotations quotations each.
 * A plain HTTP client sends the requests: RestAssured's contract validation of 1.6 MB of drafts and their
 * answers would itself take the processors this test measures.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class StarvationTest {

    private static final int DRAFTS = 8;

    @TestHTTPResource("/")
    URL base;

    /** About 5,700 quotations of a few words in 200,000 characters, as the attacker sent. */
    static String hostileDraft(int seed) {
        StringBuilder draft = new StringBuilder(200_000);
        int n = seed;
        while (draft.length() < 199_900) {
            n = n * 1_103_515_245 + 12_345;
            draft.append("He said \\\"the soviet power ").append(Math.abs(n % 997)).append(" decrees\\\" then. ");
        }
        return "{\"text\":\"" + draft.substring(0, draft.lastIndexOf(" He said")) + "\"}";
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    @Test
    void shouldAnswerASingleLookupWithinASecondWhileHostileDraftsRun() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<HttpRequest> attack = new ArrayList<>();
        for (int i = 0; i < DRAFTS; i++) {
            attack.add(post("api/v1/check", hostileDraft(i)));
        }
        HttpRequest single = post("api/v1/lookup", "{\"text\":\"Socialism cannot be built up by decrees from above\"}");
        assertEquals(200, client.send(single, HttpResponse.BodyHandlers.ofString()).statusCode(), "warm-up");

        List<CompletableFuture<HttpResponse<String>>> drafts = new ArrayList<>();
        for (HttpRequest draft : attack) {
            drafts.add(client.sendAsync(draft, HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(1500); // the drafts are received, and being checked, by now
        assertTrue(drafts.stream().anyMatch(f -> !f.isDone()), "the drafts must still be running when the lookup is sent");
        long sent = System.nanoTime();
        HttpResponse<String> lookup = client.send(single, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - sent) / 1e9;
        List<Integer> draftStatuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> f : drafts) {
            draftStatuses.add(f.get(5, TimeUnit.MINUTES).statusCode());
        }
        double all = (System.nanoTime() - sent) / 1e9;
        System.out.printf("A lookup among %d hostile drafts: %d in %.3f s; drafts answered %s, the last %.1f s after"
                + " the lookup was sent%n", DRAFTS, lookup.statusCode(), seconds, draftStatuses, all);
        assertEquals(200, lookup.statusCode(), lookup.body());
        assertTrue(lookup.body().contains("\"verdict\":\"VERIFIED\""), lookup.body());
        assertTrue(seconds < 1.0, "the lookup waited " + seconds + " s behind the drafts");
        assertTrue(draftStatuses.stream().allMatch(s -> s == 200 || s == 503), "drafts get an answer or 503: " + draftStatuses);
    }
}
